-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" TEXT NOT NULL,
    "f0" UUID,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" INTEGER NOT NULL,
    "f0" TEXT,
    "select_f1" DATE,
    "f2" TIMETZ(2) NOT NULL,
    "f3_col" SMALLINT NOT NULL DEFAULT -5,
    "f4" TIMETZ(2) NOT NULL,
    "f5_col" BIGINT[],
    "r2_model1_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" TEXT NOT NULL,
    "f0" JSON,
    "f1" DOUBLE PRECISION[],
    "f2" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" TIMESTAMP(3),
    "f1 with space" UUID[],

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" BIGINT NOT NULL,
    "f1" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "select_f2" JSON NOT NULL,
    "f3" INET NOT NULL,
    "f4" JSONB NOT NULL DEFAULT '{}',
    "r3_model1_0" INTEGER,
    "r4_model0_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_5" (
    "id" TEXT NOT NULL,
    "f0" TIME(3) NOT NULL,
    "select_f1" TIMESTAMP(3),
    "f2" DECIMAL(65,30),
    "f3_col" BIT(8) NOT NULL,
    "f4" UUID,
    "f5_col" BIGINT,
    "r5_model4_0" BIGINT NOT NULL,
    "r6_model1_0" INTEGER NOT NULL,

    CONSTRAINT "order_5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M7" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M7_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f3_c_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f3_col", "f2");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f2_key" ON "order_2"("f2");

-- CreateIndex
CREATE INDEX "idx_model2_f2" ON "order_2"("f2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_f3_key" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("f3");

-- CreateIndex
CREATE INDEX "order_5_f3_col_f0_idx" ON "order_5"("f3_col", "f0");

-- CreateIndex
CREATE INDEX "_M7_B_index" ON "_M7"("B");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r3__fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r4__fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r5_model4_0_fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_4"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r6_model1_0_fkey" FOREIGN KEY ("r6_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M7" ADD CONSTRAINT "_M7_A_fkey" FOREIGN KEY ("A") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7" ADD CONSTRAINT "_M7_B_fkey" FOREIGN KEY ("B") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
