-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "select_f0",
ADD COLUMN     "f0_renamed" MONEY;
