-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'value 2', 'V3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum1" NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" TEXT NOT NULL,
    "f0 with space" "Enum1"[],
    "f1" "Enum0",
    "select_f2" OID,
    "f3 with space" TIME(3),
    "r0_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" TEXT NOT NULL,
    "f0" INTEGER NOT NULL DEFAULT 0,
    "f1 with space" INTEGER NOT NULL DEFAULT 42,
    "f2" BOOLEAN,
    "f3_col" BIGINT,
    "f4" MONEY[],
    "f5" BYTEA NOT NULL,
    "r1_model0_0" VARCHAR(30),
    "r2_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" TEXT NOT NULL,
    "f0_col" TIMESTAMPTZ(6)[],
    "f1" TIMESTAMP(0),
    "f2" TEXT NOT NULL,
    "f3 with space" BIGINT NOT NULL,
    "f4" BOOLEAN,
    "f5" OID[],
    "r3_model3_0" TEXT,
    "r4_model2_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" DATE NOT NULL,
    "f1" UUID,
    "f2" TIMESTAMP(0) NOT NULL,
    "f3" TIMETZ(2),
    "f4" CHAR(10) NOT NULL,
    "r5_model4_0" UUID,
    "r6_model4_0" UUID,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_0_f0_key" ON "modèle_0"("f0");

-- CreateIndex
CREATE INDEX "order_2_f0_f5_idx" ON "order_2"("f0", "f5");

-- CreateIndex
CREATE INDEX "Model4_f4_idx" ON "Model4"("f4");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r3__fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r4__fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "order_2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model4_0_fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "Model4"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model4_0_fkey" FOREIGN KEY ("r6_model4_0") REFERENCES "Model4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
