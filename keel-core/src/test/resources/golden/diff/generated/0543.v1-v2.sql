-- DropForeignKey
ALTER TABLE "model_2" DROP CONSTRAINT "model_2_r0_model2_0_fkey";

-- AlterTable
ALTER TABLE "model_2" DROP COLUMN "f0",
ADD COLUMN     "f0" REAL NOT NULL;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r0_model2_0_fkey" FOREIGN KEY ("r0_model2_0") REFERENCES "model_2"("id") ON DELETE CASCADE ON UPDATE CASCADE;
