-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'value 1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0" "Enum0" NOT NULL,
    "f1" VARCHAR(191)[],
    "f2_col" TIMETZ(2) NOT NULL,
    "f3" OID,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" SMALLINT,
    "f1" "Enum0",
    "f2" VARBIT(16) NOT NULL,
    "f3" TIMESTAMPTZ(6) NOT NULL,
    "f4 with space" "Enum0",
    "r2_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" TEXT NOT NULL,
    "select_f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" TIMESTAMP(0)[],
    "f2" DOUBLE PRECISION DEFAULT 1.5,
    "f3_col" BOOLEAN NOT NULL,
    "f4" JSON,
    "select_f5" VARCHAR(191)[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" TEXT NOT NULL,
    "select_f0" "Enum0"[],
    "select_f1" DOUBLE PRECISION,
    "f2" BYTEA NOT NULL,
    "select_f3" BIGINT,

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TEXT[],
    "f1" BIT(8)[],
    "r3_model2_0" TEXT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Model0_f0_idx" ON "Model0"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_f3_c_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("f3_col");

-- CreateIndex
CREATE INDEX "idx_model2_f0" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("select_f0" DESC);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_kb_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_5" USING HASH ("kb");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r3__fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
