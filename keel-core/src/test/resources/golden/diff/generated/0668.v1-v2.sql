-- DropForeignKey
ALTER TABLE "modèle_1" DROP CONSTRAINT "modèle_1_r0_model1_0_fkey";

-- AlterTable
ALTER TABLE "model_0" ALTER COLUMN "f1" DROP DEFAULT;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "modèle_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
