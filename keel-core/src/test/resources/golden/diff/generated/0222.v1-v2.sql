-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0', 'W0');

-- DropForeignKey
ALTER TABLE "order_5" DROP CONSTRAINT "order_5_r3_model0_0_fkey";

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
