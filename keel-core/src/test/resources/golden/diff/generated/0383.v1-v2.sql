-- DropForeignKey
ALTER TABLE "Model4" DROP CONSTRAINT "Model4_r7_model4_0_fkey";

-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "f2";

-- AlterTable
ALTER TABLE "model_2" DROP COLUMN "f2",
ADD COLUMN     "f2" "Enum0" NOT NULL;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model4_0_fkey" FOREIGN KEY ("r7_model4_0") REFERENCES "Model4"("id") ON DELETE SET NULL ON UPDATE CASCADE;
