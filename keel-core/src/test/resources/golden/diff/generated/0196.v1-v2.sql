-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0', 'value 1');

-- DropForeignKey
ALTER TABLE "model_0" DROP CONSTRAINT "model_0_r0_model0_0_fkey";

-- CreateIndex
CREATE INDEX "order_1_f2_idx" ON "order_1"("f2");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
