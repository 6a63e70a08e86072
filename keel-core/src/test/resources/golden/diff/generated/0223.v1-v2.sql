-- DropForeignKey
ALTER TABLE "Model3" DROP CONSTRAINT "Model3_r2_model2_0_fkey";

-- DropIndex
DROP INDEX "Model0_f0_key";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" "Enum0" NOT NULL DEFAULT 'V0';

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f0_renamed_key" ON "Model0"("f0_renamed");

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE CASCADE;
