-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "model_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" OID[],
    "f1_col" BIGINT DEFAULT 9007199254740993,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_ka_idx" ON "model_0"("ka");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "model_0"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "model_0"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;
