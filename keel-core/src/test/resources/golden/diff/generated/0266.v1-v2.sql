-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- DropIndex
DROP INDEX "modèle_2_select_f0_key";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "r0_model0_0";

-- CreateIndex
CREATE INDEX "Model0_f1_idx" ON "Model0"("f1");
