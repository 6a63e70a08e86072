-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" TEXT NOT NULL,
    "f0" OID,
    "r0_model0_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" INTEGER NOT NULL,
    "f0" BIT(8) NOT NULL,
    "f1" VARCHAR(191) NOT NULL,
    "f2" TEXT[],
    "r1_model1_0" INTEGER,
    "r2_model1_0" INTEGER,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" INET,
    "f1" "Enum0",
    "f2 with space" "Enum0" NOT NULL DEFAULT 'value 0',
    "f3" "Enum0" NOT NULL,
    "f4" TIMESTAMP(0),
    "f5" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "Enum0" DEFAULT 'value 0',
    "f1" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f2" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "f3" BYTEA,
    "f4" TIMESTAMP(0)[],
    "f5_col" VARBIT(16),

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "order_1_f0_f1_idx" ON "order_1"("f0", "f1");

-- CreateIndex
CREATE INDEX "idx_model2_ka" ON "order_2"("ka" DESC);

-- CreateIndex
CREATE INDEX "Model 3 with space_kb_ka_idx" ON "Model 3 with space"("kb", "ka");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
