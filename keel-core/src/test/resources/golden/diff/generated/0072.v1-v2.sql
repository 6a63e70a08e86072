-- AlterTable
ALTER TABLE "modèle_4" ADD COLUMN     "r100_model4_0" UUID;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r100_model4_0_fkey" FOREIGN KEY ("r100_model4_0") REFERENCES "modèle_4"("id") ON DELETE CASCADE ON UPDATE SET NULL;
