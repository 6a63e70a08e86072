-- DropForeignKey
ALTER TABLE "Model2" DROP CONSTRAINT "Model2_r1_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "Model2" DROP CONSTRAINT "Model2_r2_model2_0_r2_model2_1_fkey";

-- AlterTable
ALTER TABLE "modèle_3" ADD COLUMN     "r100_model0_0" INTEGER;

-- DropTable
DROP TABLE "Model2";

-- CreateTable
CREATE TABLE "model2_renamed" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "enum_0_type" NOT NULL,
    "r1_model0_0" INTEGER NOT NULL,
    "r2_model2_0" INTEGER,
    "r2_model2_1" TEXT,

    CONSTRAINT "model2_renamed_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "model2_renamed_kb_key" ON "model2_renamed"("kb");

-- AddForeignKey
ALTER TABLE "model2_renamed" ADD CONSTRAINT "model2_renamed_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model2_renamed" ADD CONSTRAINT "model2_renamed_r2_model2_0_r2_model2_1_fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "model2_renamed"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r100_model0_0_fkey" FOREIGN KEY ("r100_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
