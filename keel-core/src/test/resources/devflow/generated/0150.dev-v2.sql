-- DropIndex
DROP INDEX "model_0_f3_key";

-- AlterTable
ALTER TABLE "model_0" ALTER COLUMN "f1 with space" DROP NOT NULL;
