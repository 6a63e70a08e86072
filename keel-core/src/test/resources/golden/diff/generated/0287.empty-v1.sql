-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" MONEY,
    "f1" JSONB,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" JSONB DEFAULT '{}',
    "f1" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f2" TEXT NOT NULL DEFAULT 'hello',

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" SERIAL NOT NULL,
    "f0" CHAR(10) NOT NULL,
    "r1_model0_0" INTEGER NOT NULL,
    "r1_model0_1" TEXT NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIGINT DEFAULT 9007199254740993,
    "f1" DOUBLE PRECISION DEFAULT 1.5,
    "f2" JSONB,
    "f3" INTEGER,
    "r2_model3_0" INTEGER,
    "r2_model3_1" TEXT,
    "r3_model0_0" INTEGER NOT NULL,
    "r3_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" SERIAL NOT NULL,
    "f0" BOOLEAN DEFAULT false,
    "f1" DOUBLE PRECISION NOT NULL,
    "f2" CHAR(10) NOT NULL,
    "f3" VARCHAR(191) DEFAULT 'it''s',
    "f4" JSON NOT NULL,
    "r4_model4_0" INTEGER,
    "r5_model0_0" INTEGER NOT NULL,
    "r5_model0_1" TEXT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r6_model5_0" INTEGER,
    "r6_model5_1" TEXT,
    "r7_model0_0" INTEGER,
    "r7_model0_1" TEXT,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_ka_key" ON "Model0"("ka");

-- CreateIndex
CREATE INDEX "Model0_kb_idx" ON "Model0"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "model_1_f2_key" ON "model_1"("f2");

-- CreateIndex
CREATE INDEX "model_1_f2_idx" ON "model_1"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_r1_model0_0_r1_model0_1_key" ON "order_2"("r1_model0_0", "r1_model0_1");

-- CreateIndex
CREATE UNIQUE INDEX "Model 3 with space_kb_key" ON "Model 3 with space"("kb");

-- CreateIndex
CREATE INDEX "Model 3 with space_ka_kb_idx" ON "Model 3 with space"("ka", "kb");

-- CreateIndex
CREATE UNIQUE INDEX "Model 3 with space_r3_model0_0_r3_model0_1_key" ON "Model 3 with space"("r3_model0_0", "r3_model0_1");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_f1_key" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("f1");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_f2_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_4" USING HASH ("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_ka_key" ON "Model5"("ka");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r2_model3_0_r2_model3_1_fkey" FOREIGN KEY ("r2_model3_0", "r2_model3_1") REFERENCES "Model 3 with space"("ka", "kb") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r4__fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_4"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r5__fkey" FOREIGN KEY ("r5_model0_0", "r5_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r6_model5_0_r6_model5_1_fkey" FOREIGN KEY ("r6_model5_0", "r6_model5_1") REFERENCES "Model5"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r7_model0_0_r7_model0_1_fkey" FOREIGN KEY ("r7_model0_0", "r7_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE RESTRICT;
