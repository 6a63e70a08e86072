-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" BIGINT DEFAULT 9007199254740993,
    "f1" INTEGER NOT NULL DEFAULT 42,
    "f2" OID NOT NULL,
    "select_f3" "Enum0"[],
    "f4" BYTEA NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0" DATE NOT NULL,
    "f1" "Enum0" DEFAULT 'V0',
    "f2" TIME(3) NOT NULL,
    "f3" JSON NOT NULL,
    "r1_model1_0" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" JSON,
    "f1" INTEGER,
    "f2" "Enum0"[],
    "f3 with space" BOOLEAN NOT NULL,
    "f4 with space" "Enum0" DEFAULT 'V0',
    "f5" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "r2_model2_0" INTEGER,
    "r2_model2_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "r3_model3_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model1_f2" ON "Model1"("f2" DESC);

-- CreateIndex
CREATE INDEX "Model3_f0_idx" ON "Model3" USING HASH ("f0");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r2__fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
