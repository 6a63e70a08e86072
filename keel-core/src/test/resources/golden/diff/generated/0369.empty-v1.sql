-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" DECIMAL(65,30)[],

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" BYTEA,
    "f1 with space" BIT(8)[],

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0 with space" "Enum1" NOT NULL,
    "f1" JSON[],
    "select_f2" DATE NOT NULL,
    "f3" BYTEA,
    "f4" VARBIT(16) NOT NULL,
    "r0_model2_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0" DEFAULT 'V0',
    "f1" "Enum1" NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" TEXT NOT NULL,
    "f0_col" BIT(8)[],
    "f1 with space" JSONB[],
    "select_f2" BIT(8),
    "f3 with space" DATE,
    "r1_model4_0" TEXT,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" TEXT NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "f1" MONEY[],
    "f2 with space" UUID NOT NULL,
    "r2_model4_0" TEXT,
    "r3_model3_0" UUID,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" BIGINT NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f1_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_f2 with space_key" ON "Model5"("f2 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_r3_model3_0_key" ON "Model5"("r3_model3_0");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model2_0_fkey" FOREIGN KEY ("r0_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r1_model4_0_fkey" FOREIGN KEY ("r1_model4_0") REFERENCES "Model 4 with space"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r2_model4_0_fkey" FOREIGN KEY ("r2_model4_0") REFERENCES "Model 4 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_3"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
