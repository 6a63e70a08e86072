-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "f0 with space",
ADD COLUMN     "f0" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Model 1 with space" DROP COLUMN "f2",
ADD COLUMN     "f2" XML;
