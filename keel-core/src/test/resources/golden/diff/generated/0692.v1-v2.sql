-- AlterTable
ALTER TABLE "Model4" ADD COLUMN     "r100_model3_0" INTEGER NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r100_model3_0_key" ON "Model4"("r100_model3_0");

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r100_model3_0_fkey" FOREIGN KEY ("r100_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
