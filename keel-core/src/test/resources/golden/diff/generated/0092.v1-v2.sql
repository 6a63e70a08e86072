-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r0_model1_0_fkey";

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
