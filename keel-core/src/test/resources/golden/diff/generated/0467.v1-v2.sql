-- AlterTable
ALTER TABLE "model_0" DROP COLUMN "f2";
