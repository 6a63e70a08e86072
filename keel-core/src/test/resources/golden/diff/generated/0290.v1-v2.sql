-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f1",
ADD COLUMN     "f1_renamed" DATE[];
