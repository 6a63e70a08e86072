-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" TEXT NOT NULL,
    "f0" JSONB NOT NULL,
    "f1" BOOLEAN[],
    "r1_model1_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" CHAR(10),
    "f1 with space" VARBIT(16),
    "f2" TIMESTAMP(0) NOT NULL,
    "f3" UUID[],
    "f4 with space" DECIMAL(10,2),
    "r2_model2_0" VARCHAR(30),

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_kb_k_key" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("kb", "ka");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f2_key" ON "modèle_2"("f2");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r1__fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "modèle_2"("id") ON DELETE CASCADE ON UPDATE CASCADE;
