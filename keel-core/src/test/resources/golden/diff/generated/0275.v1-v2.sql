-- AlterTable
ALTER TABLE "Model 3 with space" ADD COLUMN     "r100_model0_0" INTEGER NOT NULL,
ADD COLUMN     "r100_model0_1" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Model 3 with space_r100_model0_0_r100_model0_1_key" ON "Model 3 with space"("r100_model0_0", "r100_model0_1");

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r100_model0_0_r100_model0_1_fkey" FOREIGN KEY ("r100_model0_0", "r100_model0_1") REFERENCES "order"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;
