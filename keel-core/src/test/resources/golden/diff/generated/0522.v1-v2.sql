-- DropForeignKey
ALTER TABLE "Model 3 with space" DROP CONSTRAINT "Model 3 with space_r1_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "modèle_4" DROP CONSTRAINT "modèle_4_r2_model2_0_fkey";

-- DropForeignKey
ALTER TABLE "modèle_4" DROP CONSTRAINT "modèle_4_r3_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "_M4" DROP CONSTRAINT "_M4_A_fkey";

-- DropTable
DROP TABLE "order";

-- DropTable
DROP TABLE "modèle_2";

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "enum_1_type" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1" DATE[],
    "f2 with space" "enum_1_type"[],
    "f3" "enum_0_type" NOT NULL DEFAULT 'V0',

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f0_key" ON "Model0"("f0");

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
