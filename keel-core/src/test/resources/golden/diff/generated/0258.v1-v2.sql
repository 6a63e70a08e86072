-- AlterTable
ALTER TABLE "model_0" ALTER COLUMN "f0 with space" DROP NOT NULL;

-- AlterTable
ALTER TABLE "model_3" ALTER COLUMN "f0" SET NOT NULL;
