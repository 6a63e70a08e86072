-- DropForeignKey
ALTER TABLE "modèle_1" DROP CONSTRAINT "modèle_1_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "modèle_1" ALTER COLUMN "f5" SET NOT NULL;

-- DropTable
DROP TABLE "model_3";

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
