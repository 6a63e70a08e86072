-- DropForeignKey
ALTER TABLE "modèle_3" DROP CONSTRAINT "modèle_3_r2_model1_0_r2_model1_1_fkey";

-- AlterTable
ALTER TABLE "order_1" ADD COLUMN     "g0" BYTEA NOT NULL;

-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" TIME(3)[];

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
