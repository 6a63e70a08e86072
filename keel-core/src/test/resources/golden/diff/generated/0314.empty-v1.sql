-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1 with space" CHAR(10) NOT NULL,
    "f2" DATE NOT NULL,
    "f3" BIGINT DEFAULT 9007199254740993,
    "f4 with space" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" TEXT DEFAULT 'hello',
    "f1" OID,
    "f2" BIGINT,
    "f3_col" SMALLINT[],
    "f4" INET,
    "f5_col" BYTEA,
    "r1_model1_0" VARCHAR(30),
    "r2_model1_0" VARCHAR(30),

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BYTEA NOT NULL,
    "f1" TIMESTAMP(3),
    "f2" INTEGER[],
    "select_f3" SMALLINT NOT NULL DEFAULT -5,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIME(3),
    "f1" INET,
    "r3_model0_0" INTEGER NOT NULL,
    "r3_model0_1" TEXT NOT NULL,
    "r4_model2_0" INTEGER NOT NULL,
    "r4_model2_1" TEXT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_ka_key" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("ka");

-- CreateIndex
CREATE UNIQUE INDEX "model_2_kb_key" ON "model_2"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r4_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r4_model2_0", "r4_model2_1");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("ka", "kb") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "modèle_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r3__fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r4__fkey" FOREIGN KEY ("r4_model2_0", "r4_model2_1") REFERENCES "model_2"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;
