-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "select_f0",
ADD COLUMN     "f0 with space" "enum_0_type"[],
ADD COLUMN     "g0 with space" DOUBLE PRECISION NOT NULL;
