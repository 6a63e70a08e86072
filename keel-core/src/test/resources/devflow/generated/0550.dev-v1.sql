-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIME(3)[],
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" VARCHAR(191),
    "r1_model0_0" VARCHAR(30),
    "r2_model0_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "select_f1" DATE,
    "f2" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f3 with space" INET NOT NULL,
    "f4_col" TIMESTAMP(0)[],
    "r3_model1_0" UUID,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" TEXT NOT NULL,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" SERIAL NOT NULL,
    "f0" OID NOT NULL,
    "r4_model3_0" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" SERIAL NOT NULL,
    "r5_model1_0" UUID,
    "r6_model3_0" TEXT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r1_model0_0_key" ON "Model1"("r1_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r2_model0_0_key" ON "Model1"("r2_model0_0");

-- CreateIndex
CREATE INDEX "Model2_f2_idx" ON "Model2" USING HASH ("f2");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_r5_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_5"("r5_model1_0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "order_3"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r5__fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r6__fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "order_3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
