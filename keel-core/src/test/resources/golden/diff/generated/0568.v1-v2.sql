-- AlterTable
ALTER TABLE "model_1" DROP COLUMN "f4",
ADD COLUMN     "f4" CHAR(10)[];
