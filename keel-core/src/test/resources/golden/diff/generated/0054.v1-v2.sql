-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "f0",
ADD COLUMN     "f0 with space" TIMESTAMP(3)[];

-- DropTable
DROP TABLE "Model5";
