-- DropForeignKey
ALTER TABLE "order_1" DROP CONSTRAINT "order_1_r2_model1_0_fkey";

-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "f0",
ADD COLUMN     "f0" "Enum0"[];

-- AlterTable
ALTER TABLE "order_1" DROP COLUMN "f0",
ADD COLUMN     "f0 with space" DECIMAL(10,2)[];

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "order_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
