-- CreateEnum
CREATE TYPE "enum_12_type" AS ENUM ('V0', 'V1', 'V2');

-- CreateIndex
CREATE INDEX "order_3_f0_idx" ON "order_3"("f0");
