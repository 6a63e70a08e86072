-- AlterTable
ALTER TABLE "Model1" ADD COLUMN     "g0" "Enum0"[],
ALTER COLUMN "f1" SET NOT NULL;
