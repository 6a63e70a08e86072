-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" TEXT NOT NULL,
    "f0" DATE NOT NULL,
    "f1_col" BOOLEAN NOT NULL DEFAULT false,
    "f2 with space" DECIMAL(65,30),
    "f3" VARCHAR(191) DEFAULT 'it''s',
    "f4_col" MONEY NOT NULL,
    "f5" DECIMAL(65,30),
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" INTEGER,
    "f1_col" TEXT NOT NULL DEFAULT '',
    "f2" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f3 with space" BIGINT,
    "f4" VARBIT(16) NOT NULL,
    "f5" BYTEA,
    "r3_model2_0" BIGINT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" DATE NOT NULL,
    "f2" TIME(3)[],
    "r4_model1_0" INTEGER,
    "r4_model1_1" TEXT,
    "r5_model0_0" TEXT NOT NULL,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" REAL NOT NULL,
    "f2" "Enum0" NOT NULL,
    "r6_model4_0" INTEGER,
    "r7_model3_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_5" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "Enum0" NOT NULL,
    "f1" INTEGER,
    "f2" TIMESTAMPTZ(6) NOT NULL,
    "f3" VARCHAR(191) NOT NULL,
    "r8_model5_0" INTEGER,
    "r8_model5_1" TEXT,

    CONSTRAINT "order_5_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f4_c_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f4_col");

-- CreateIndex
CREATE INDEX "Model2_f4_idx" ON "Model2"("f4");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_r5_model0_0_key" ON "order_3"("r5_model0_0");

-- CreateIndex
CREATE INDEX "idx_model3_f1" ON "order_3"("f1" DESC);

-- CreateIndex
CREATE INDEX "idx_model5_f3" ON "order_5"("f3" DESC);

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r4_model1_0_r4_model1_1_fkey" FOREIGN KEY ("r4_model1_0", "r4_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model4_0_fkey" FOREIGN KEY ("r6_model4_0") REFERENCES "Model4"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model3_0_fkey" FOREIGN KEY ("r7_model3_0") REFERENCES "order_3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r8_model5_0_r8_model5_1_fkey" FOREIGN KEY ("r8_model5_0", "r8_model5_1") REFERENCES "order_5"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;
