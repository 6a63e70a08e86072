-- DropIndex
DROP INDEX "Model0_f2_key";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f2",
ADD COLUMN     "f2" DECIMAL(10,2) NOT NULL;
