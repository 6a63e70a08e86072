-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" MONEY NOT NULL,
    "f1_col" VARCHAR(191)[],
    "f2" DATE,
    "select_f3" DATE,
    "f4_col" TEXT NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(0) NOT NULL,
    "select_f1" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f2" BIT(8),
    "f3_col" TEXT,
    "f4 with space" BIT(8) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INET[],
    "f1 with space" CHAR(10),
    "r0_model1_0" INTEGER NOT NULL,
    "r1_model3_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r2_model2_0" BIGINT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" TIME(3),
    "f1" OID NOT NULL,
    "f2_col" JSONB[],
    "f3" BIT(8),
    "r3_model0_0" BIGINT,
    "r4_model4_0" UUID NOT NULL,

    CONSTRAINT "order_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r0_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r0_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_r2_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("r2_model2_0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r0__fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r1__fkey" FOREIGN KEY ("r1_model3_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r2__fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "order_2"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r4_model4_0_fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_4"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
