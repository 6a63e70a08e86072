-- DropForeignKey
ALTER TABLE "Model 1 with space" DROP CONSTRAINT "Model 1 with space_r2_model0_0_fkey";

-- CreateIndex
CREATE INDEX "Model 1 with space_f1_idx" ON "Model 1 with space"("f1");

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
