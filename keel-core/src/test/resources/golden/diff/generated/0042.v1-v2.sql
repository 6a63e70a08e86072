-- DropForeignKey
ALTER TABLE "Model2" DROP CONSTRAINT "Model2_r1_model2_0_fkey";

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
