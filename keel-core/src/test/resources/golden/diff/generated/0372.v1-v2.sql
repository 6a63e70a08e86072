-- DropIndex
DROP INDEX "Model3_f0_key";

-- AlterTable
ALTER TABLE "Model3" DROP COLUMN "f3",
DROP COLUMN "f0",
ADD COLUMN     "f0" BIT(8)[];
