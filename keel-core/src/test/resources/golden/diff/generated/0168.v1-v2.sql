-- AlterTable
ALTER TABLE "model_0" ALTER COLUMN "f1 with space" DROP DEFAULT;
