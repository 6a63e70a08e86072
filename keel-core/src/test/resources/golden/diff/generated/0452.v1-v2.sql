-- DropForeignKey
ALTER TABLE "Model2" DROP CONSTRAINT "Model2_r2_model0_0_r2_model0_1_fkey";

-- DropIndex
DROP INDEX "order_4_f0_key";

-- AlterTable
ALTER TABLE "order_4" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" TIMESTAMP(3) NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "order_4_f0_renamed_key" ON "order_4"("f0_renamed");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;
