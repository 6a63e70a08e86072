-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey";

-- AlterTable
ALTER TABLE "modèle_1" ALTER COLUMN "f3" SET NOT NULL;

-- AlterTable
ALTER TABLE "Model3" ADD COLUMN     "g0" UUID;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
