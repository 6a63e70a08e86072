-- DropIndex
DROP INDEX "modèle_1_f2_idx";

-- DropIndex
DROP INDEX "modèle_2_f0_idx";

-- AlterTable
ALTER TABLE "modèle_1" DROP COLUMN "f2",
ADD COLUMN     "f2" JSON NOT NULL;

-- AlterTable
ALTER TABLE "modèle_2" DROP COLUMN "f0",
DROP COLUMN "f1",
ADD COLUMN     "f1 with space" INET NOT NULL,
ADD COLUMN     "select_f0" DECIMAL(65,30)[];
