-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" BIGSERIAL NOT NULL,
    "f0" BYTEA NOT NULL,
    "f1" TIME(3) NOT NULL,
    "select_f2" BYTEA NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" TIMESTAMP(3),
    "r0_model0_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIME(3) NOT NULL,
    "f1" VARBIT(16)[],
    "f2" REAL[],
    "select_f3" SMALLINT DEFAULT -5,
    "f4" TIME(3),

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0" TEXT NOT NULL,
    "f1" BYTEA NOT NULL,
    "select_f2" OID[],
    "f3" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f4" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f5" DOUBLE PRECISION NOT NULL,
    "r1_model1_0" INTEGER NOT NULL,
    "r1_model1_1" TEXT NOT NULL,
    "r2_model0_0" BIGINT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" BOOLEAN NOT NULL DEFAULT false,
    "f1" BIGINT DEFAULT 9007199254740993,
    "r3_model0_0" BIGINT NOT NULL,
    "r4_model4_0" BIGINT,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f2" ON "order"("select_f2" DESC);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_kb_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1" USING HASH ("kb");

-- CreateIndex
CREATE INDEX "modèle_2_f0_idx" ON "modèle_2"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_f0_col_key" ON "modèle_4"("f0_col");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r4_model4_0_fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "modèle_4"("id") ON DELETE SET NULL ON UPDATE CASCADE;
