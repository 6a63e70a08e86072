-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateEnum
CREATE TYPE "enum_1_type" AS ENUM ('value 0', 'value 1', 'V2');

-- CreateTable
CREATE TABLE "order" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" VARBIT(16),
    "f1" CHAR(10),
    "select_f2" "Enum0" NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" SERIAL NOT NULL,
    "f0_col" TIMETZ(2),
    "f1" BIT(8) NOT NULL,
    "f2 with space" "Enum0"[],
    "f3" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "f4" TIMESTAMPTZ(6) NOT NULL,
    "r2_model1_0" INTEGER,
    "r3_model0_0" INTEGER,
    "r3_model0_1" TEXT,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" SERIAL NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL,
    "f1" TIMETZ(2) NOT NULL,
    "f2" VARCHAR(191) NOT NULL,
    "f3" "enum_1_type",
    "f4" OID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMP(3),
    "f1" SMALLINT[],

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "r4_model0_0" INTEGER,
    "r4_model0_1" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_kb_select_f2_idx" ON "order"("kb", "select_f2");

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f4_key" ON "order_1"("f4");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "order"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "order"("ka", "kb") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "order"("ka", "kb") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model0_0_r4_model0_1_fkey" FOREIGN KEY ("r4_model0_0", "r4_model0_1") REFERENCES "order"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
