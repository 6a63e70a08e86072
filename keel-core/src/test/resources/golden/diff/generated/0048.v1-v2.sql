-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f0";

-- AlterTable
ALTER TABLE "Model 2 with space" ALTER COLUMN "f0" SET NOT NULL;
