-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "model_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DATE NOT NULL,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" SERIAL NOT NULL,
    "f0" "Enum0"[],
    "f1" "Enum1",
    "f2" DECIMAL(10,2),
    "f3_col" CHAR(10),
    "select_f4" DATE NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER,
    "r2_model2_0" VARCHAR(30),

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M3" (
    "A" VARCHAR(30) NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M3_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "model_0_f0_idx" ON "model_0"("f0");

-- CreateIndex
CREATE INDEX "idx_model1_f4" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("select_f4" DESC);

-- CreateIndex
CREATE INDEX "_M3_B_index" ON "_M3"("B");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "modèle_2"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_A_fkey" FOREIGN KEY ("A") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_B_fkey" FOREIGN KEY ("B") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
