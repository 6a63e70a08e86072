-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INTEGER[],
    "f1" UUID NOT NULL,
    "f2 with space" TEXT NOT NULL,
    "r0_model0_0" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" TEXT DEFAULT 'hello',
    "f1" OID[],
    "f2" DECIMAL(10,2) DEFAULT 0,
    "r1_model1_0" INTEGER,
    "r2_model0_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" SERIAL NOT NULL,
    "select_f0" XML[],
    "r3_model1_0" INTEGER NOT NULL,
    "r4_model1_0" INTEGER,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" DOUBLE PRECISION,
    "select_f1" INTEGER NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMP(3),
    "f1" TIMESTAMPTZ(6) NOT NULL,
    "f2" TEXT[],
    "select_f3" DOUBLE PRECISION,
    "f4 with space" INTEGER NOT NULL,
    "f5_col" VARBIT(16),

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" VARCHAR(30) NOT NULL,
    "f0" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f1_col" VARBIT(16) NOT NULL,
    "r5_model4_0" INTEGER NOT NULL,
    "r6_model5_0" VARCHAR(30),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f2" ON "Model0"("f2 with space" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model3_select_f1_key" ON "Model3"("select_f1");

-- CreateIndex
CREATE INDEX "Model3_select_f1_idx" ON "Model3" USING HASH ("select_f1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r5__fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "modèle_4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r6__fkey" FOREIGN KEY ("r6_model5_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_5"("id") ON DELETE SET NULL ON UPDATE CASCADE;
