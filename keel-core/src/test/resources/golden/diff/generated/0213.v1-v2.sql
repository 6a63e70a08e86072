-- AlterTable
ALTER TABLE "Model3" DROP COLUMN "select_f1",
ADD COLUMN     "f1_col" SMALLINT;
