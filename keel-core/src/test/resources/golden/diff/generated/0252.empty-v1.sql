-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" SERIAL NOT NULL,
    "f0" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f1" BOOLEAN NOT NULL,
    "f2 with space" BIT(8) NOT NULL,
    "f3" TEXT,
    "f4 with space" DECIMAL(10,2) DEFAULT 0,
    "f5" INET,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" TIME(3),
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INTEGER DEFAULT 42,
    "f1_col" TIMESTAMP(0) NOT NULL,
    "r2_model2_0" UUID,
    "r3_model2_0" UUID,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" BYTEA NOT NULL,
    "f1 with space" INTEGER DEFAULT 42,
    "f2" VARBIT(16) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" BIGSERIAL NOT NULL,
    "f0" MONEY[],
    "f1" JSONB[],
    "f2" TEXT NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f2 with space_key" ON "Model 0 with space"("f2 with space");

-- CreateIndex
CREATE INDEX "order_1_ka_idx" ON "order_1" USING HASH ("ka");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f1_col_key" ON "modèle_2"("f1_col");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f2_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f2");

-- CreateIndex
CREATE INDEX "Model4_f2_idx" ON "Model4"("f2");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "modèle_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "modèle_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
