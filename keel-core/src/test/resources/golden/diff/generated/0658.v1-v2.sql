-- DropForeignKey
ALTER TABLE "model_2" DROP CONSTRAINT "model_2_r2_model2_0_fkey";

-- DropForeignKey
ALTER TABLE "model_2" DROP CONSTRAINT "model_2_r3_model0_0_r3_model0_1_fkey";

-- DropTable
DROP TABLE "model_2";

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "r2_model2_0" TEXT,
    "r3_model0_0" INTEGER,
    "r3_model0_1" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1" BIT(8),
    "g1" JSONB NOT NULL,

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "modèle_0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
