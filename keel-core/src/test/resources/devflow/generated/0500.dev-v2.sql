-- DropIndex
DROP INDEX "model_1_f1_f0_key";

-- AlterTable
ALTER TABLE "model_1" DROP COLUMN "f1",
ADD COLUMN     "f1_renamed" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "model_1_f1_renamed_f0_key" ON "model_1"("f1_renamed", "f0");
