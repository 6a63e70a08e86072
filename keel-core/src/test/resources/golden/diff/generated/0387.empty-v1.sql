-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "model_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0" NOT NULL,
    "f1_col" DECIMAL(10,2) DEFAULT 0,
    "f2" XML,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1_col" VARBIT(16),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BIGINT NOT NULL,
    "f1_col" "Enum0" NOT NULL,
    "f2_col" BIGINT,
    "f3" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" SERIAL NOT NULL,
    "f0" BOOLEAN,
    "f1" MONEY NOT NULL,
    "f2" JSONB NOT NULL DEFAULT '{}',
    "f3" "Enum0" NOT NULL,
    "r0_model1_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" SERIAL NOT NULL,
    "select_f0" BIGINT[],
    "f1 with space" UUID NOT NULL,
    "f2" "Enum0"[],
    "f3" "Enum0" DEFAULT 'V0',
    "r1_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" SERIAL NOT NULL,
    "f0" "Enum0" DEFAULT 'V0',
    "f1" INET,
    "f2" "Enum0",
    "f3" MONEY[],
    "f4" TIMETZ(2) NOT NULL,
    "r2_model0_0" BIGINT,
    "r3_model3_0" INTEGER,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M4" (
    "A" BIGINT NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_M4_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "model_0"("f0" DESC);

-- CreateIndex
CREATE INDEX "Model1_f0_idx" ON "Model1" USING HASH ("f0");

-- CreateIndex
CREATE UNIQUE INDEX "model_2_f1_col_key" ON "model_2"("f1_col");

-- CreateIndex
CREATE INDEX "idx_model2_f0" ON "model_2"("f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_r0_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("r0_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 4 with space_r1_model0_0_key" ON "Model 4 with space"("r1_model0_0");

-- CreateIndex
CREATE INDEX "Model5_f4_idx" ON "Model5"("f4");

-- CreateIndex
CREATE INDEX "_M4_B_index" ON "_M4"("B");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r0__fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_A_fkey" FOREIGN KEY ("A") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
