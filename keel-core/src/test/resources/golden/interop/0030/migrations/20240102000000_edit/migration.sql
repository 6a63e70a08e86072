-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey";

-- DropForeignKey
ALTER TABLE "modèle_3" DROP CONSTRAINT "modèle_3_r2_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "modèle_3" DROP CONSTRAINT "modèle_3_r3_model2_0_r3_model2_1_fkey";

-- DropTable
DROP TABLE "Model 1 with space";

-- DropTable
DROP TABLE "modèle_3";

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" TIMETZ(2),
    "f1" INTEGER[],

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" XML,
    "f1" TIMETZ(2)[],
    "f2" DATE,
    "f3" BIGINT DEFAULT 9007199254740993,
    "r2_model0_0" BIGINT,
    "r3_model2_0" INTEGER NOT NULL,
    "r3_model2_1" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model3_kb_key" ON "Model3"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r2_model0_0_key" ON "Model3"("r2_model0_0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model2_0_r3_model2_1_fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;
