-- DropForeignKey
ALTER TABLE "modèle_3" DROP CONSTRAINT "modèle_3_r4_model2_0_fkey";

-- DropForeignKey
ALTER TABLE "modèle_3" DROP CONSTRAINT "modèle_3_r5_model0_0_fkey";

-- DropTable
DROP TABLE "modèle_3";

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "select_f0" SMALLINT NOT NULL DEFAULT -5,
    "r4_model2_0" VARCHAR(30) NOT NULL,
    "r5_model0_0" TEXT,
    "r100_model3_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r4_model2_0_key" ON "Model3"("r4_model2_0");

-- CreateIndex
CREATE INDEX "Model3_select_f0_idx" ON "Model3"("select_f0");

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r100_model3_0_fkey" FOREIGN KEY ("r100_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
