-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "select_f4",
ADD COLUMN     "f4_renamed" TIMESTAMP(3) NOT NULL;
