-- DropIndex
DROP INDEX "model_0_f0_key";

-- DropIndex
DROP INDEX "idx_model0_f1";

-- AlterTable
ALTER TABLE "model_0" DROP COLUMN "f0",
DROP COLUMN "f1 with space",
DROP COLUMN "select_f2",
ADD COLUMN     "f1" TEXT DEFAULT 'hello',
ADD COLUMN     "f2" DECIMAL(10,2) NOT NULL;
