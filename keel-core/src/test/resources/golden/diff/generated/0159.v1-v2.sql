-- AlterTable
ALTER TABLE "model_0" DROP COLUMN "f0",
ADD COLUMN     "f0" "enum_0_type" NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f0_key" ON "model_0"("f0");
