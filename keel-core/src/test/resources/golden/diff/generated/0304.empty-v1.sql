-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" VARCHAR(191),
    "f1" INET NOT NULL,
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" BIGINT NOT NULL,
    "f1 with space" INTEGER NOT NULL,
    "f2" TIMESTAMP(0)[],
    "f3" INTEGER NOT NULL DEFAULT 42,
    "f4" TIME(3) NOT NULL,
    "f5_col" OID,
    "r2_model1_0" BIGINT,
    "r3_model0_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" OID,
    "f1" BIT(8),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIT(8) NOT NULL,
    "select_f1" JSON NOT NULL,
    "f2" TEXT,
    "f3" CHAR(10),
    "f4" TIMETZ(2) NOT NULL,
    "r4_model0_0" UUID NOT NULL,
    "r5_model2_0" INTEGER,
    "r5_model2_1" TEXT,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" TIME(3),
    "f1 with space" TIME(3) NOT NULL,
    "f2" UUID[],
    "r6_model4_0" UUID,
    "r7_model4_0" UUID,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "model_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r3_model0_0_key" ON "Model1"("r3_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_ka_key" ON "Model2"("ka");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_f4_key" ON "modèle_3"("f4");

-- CreateIndex
CREATE INDEX "idx_model3_f0" ON "modèle_3"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_r5_model2_0_r5_model2_1_key" ON "modèle_3"("r5_model2_0", "r5_model2_1");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r5_model2_0_r5_model2_1_fkey" FOREIGN KEY ("r5_model2_0", "r5_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r6_model4_0_fkey" FOREIGN KEY ("r6_model4_0") REFERENCES "Model 4 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r7_model4_0_fkey" FOREIGN KEY ("r7_model4_0") REFERENCES "Model 4 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
