-- AlterTable
ALTER TABLE "Model5" DROP COLUMN "select_f0",
ADD COLUMN     "f0_renamed" BOOLEAN[];
