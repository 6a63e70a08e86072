-- AlterTable
ALTER TABLE "model_0" DROP COLUMN "f3",
ADD COLUMN     "g0" DECIMAL(10,2);
