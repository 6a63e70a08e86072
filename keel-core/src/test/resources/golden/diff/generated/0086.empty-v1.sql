-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TEXT[],
    "f1" SMALLINT[],
    "f2 with space" UUID,
    "f3" VARBIT(16),
    "f4_col" DOUBLE PRECISION,
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" DOUBLE PRECISION,
    "r2_model1_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INTEGER[],
    "f1" SMALLINT NOT NULL,
    "f2" DATE,
    "f3" TEXT[],
    "f4 with space" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f5" DECIMAL(65,30),
    "r3_model0_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" SERIAL NOT NULL,
    "f0 with space" CHAR(10),
    "f1" DECIMAL(10,2) NOT NULL,
    "f2" VARBIT(16)[],
    "f3_col" INTEGER NOT NULL,
    "select_f4" BIT(8) NOT NULL,
    "f5" VARCHAR(191) NOT NULL,
    "r4_model1_0" VARCHAR(30) NOT NULL,
    "r5_model0_0" UUID,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_f1_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("f1");

-- CreateIndex
CREATE INDEX "idx_model3_f1" ON "Model 3 with space"("f1" DESC);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r3__fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;
