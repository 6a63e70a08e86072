-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "order" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" XML NOT NULL,
    "f1" INTEGER,
    "f2" TIMESTAMP(3),
    "f3_col" "Enum0" NOT NULL,
    "f4" DOUBLE PRECISION[],
    "f5" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" REAL,
    "select_f1" INTEGER[],
    "f2" OID[],
    "f3_col" "Enum0"[],
    "f4" CHAR(10),
    "r1_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" MONEY,
    "f1" TEXT,
    "f2" "Enum0"[],
    "f3 with space" TEXT NOT NULL,
    "f4" "Enum0"[],
    "r2_model1_0" INTEGER NOT NULL,
    "r3_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" VARCHAR(30) NOT NULL,
    "r4_model0_0" INTEGER,
    "r4_model0_1" TEXT,
    "r5_model0_0" INTEGER,
    "r5_model0_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" DECIMAL(10,2)[],
    "f1" "Enum0",
    "f2" BYTEA NOT NULL,
    "r6_model4_0" BIGINT,
    "r7_model0_0" INTEGER NOT NULL,
    "r7_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_5" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BYTEA[],
    "f1_col" "Enum0" DEFAULT 'V0',
    "f2" TIME(3) NOT NULL,
    "select_f3" SMALLINT,
    "f4" DATE,
    "f5" "Enum0"[],
    "r8_model5_0" VARCHAR(30),
    "r9_model0_0" INTEGER NOT NULL,
    "r9_model0_1" TEXT NOT NULL,

    CONSTRAINT "model_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_ka_idx" ON "order"("ka");

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_f3 with space_key" ON "Model 2 with space"("f3 with space");

-- CreateIndex
CREATE INDEX "Model 2 with space_f3 with space_idx" ON "Model 2 with space" USING HASH ("f3 with space");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r5_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r5_model0_0", "r5_model0_1");

-- CreateIndex
CREATE INDEX "Model 4 with space_f2_idx" ON "Model 4 with space" USING HASH ("f2");

-- CreateIndex
CREATE UNIQUE INDEX "model_5_f2_key" ON "model_5"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "model_5_r9_model0_0_r9_model0_1_key" ON "model_5"("r9_model0_0", "r9_model0_1");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "order"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r4__fkey" FOREIGN KEY ("r4_model0_0", "r4_model0_1") REFERENCES "order"("ka", "kb") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r5__fkey" FOREIGN KEY ("r5_model0_0", "r5_model0_1") REFERENCES "order"("ka", "kb") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r6_model4_0_fkey" FOREIGN KEY ("r6_model4_0") REFERENCES "Model 4 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r7_model0_0_r7_model0_1_fkey" FOREIGN KEY ("r7_model0_0", "r7_model0_1") REFERENCES "order"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r8_model5_0_fkey" FOREIGN KEY ("r8_model5_0") REFERENCES "model_5"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r9_model0_0_r9_model0_1_fkey" FOREIGN KEY ("r9_model0_0", "r9_model0_1") REFERENCES "order"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;
