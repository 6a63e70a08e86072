-- DropForeignKey
ALTER TABLE "model_1" DROP CONSTRAINT "model_1_r0_model1_0_fkey";

-- DropForeignKey
ALTER TABLE "order_3" DROP CONSTRAINT "order_3_r2_model2_0_fkey";

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "modèle_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;
