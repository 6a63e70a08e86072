-- CreateEnum
CREATE TYPE "Enum12" AS ENUM ('V0', 'V1');

-- AlterTable
ALTER TABLE "order_2" ADD COLUMN     "r100_model2_0" VARCHAR(30);

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r100_model2_0_fkey" FOREIGN KEY ("r100_model2_0") REFERENCES "order_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
