-- DropForeignKey
ALTER TABLE "_M3" DROP CONSTRAINT "_M3_B_fkey";

-- DropForeignKey
ALTER TABLE "modèle_2" DROP CONSTRAINT "modèle_2_r2_model2_0_fkey";

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_1";

-- DropTable
DROP TABLE "modèle_2";

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" "Enum0"[],
    "f1" "Enum1",
    "f2" DECIMAL(10,2),
    "f3_col" CHAR(10),
    "select_f4" DATE NOT NULL,
    "r100_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model1_f4" ON "Model1"("select_f4" DESC);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r100_model1_0_fkey" FOREIGN KEY ("r100_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
