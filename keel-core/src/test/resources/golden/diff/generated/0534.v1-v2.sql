-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "order_1" ADD COLUMN     "g0" BIT(8)[];

-- CreateIndex
CREATE INDEX "model_2_f2_col_idx" ON "model_2"("f2_col");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;
