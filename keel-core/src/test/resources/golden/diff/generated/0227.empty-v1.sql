-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" TEXT NOT NULL,
    "f0" SMALLINT[],
    "f1" TIMETZ(2) NOT NULL,
    "f2" INTEGER NOT NULL,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" VARCHAR(191),
    "f1" INET NOT NULL,
    "f2" BOOLEAN,
    "r2_model1_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" SMALLINT[],
    "f1" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f2" "Enum0"[],
    "f3" "Enum0"[],
    "f4" CHAR(10),
    "f5" SMALLINT,
    "r3_model1_0" UUID,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "Enum1" DEFAULT 'V0',
    "f1_col" TIME(3) NOT NULL,
    "f2" INET NOT NULL,
    "f3" DOUBLE PRECISION[],
    "r4_model0_0" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" SERIAL NOT NULL,
    "f0" OID[],
    "f1" BYTEA,
    "f2" JSON NOT NULL,
    "f3" UUID NOT NULL,
    "select_f4" "Enum0" NOT NULL,
    "f5" DECIMAL(10,2),
    "r5_model1_0" UUID,
    "r6_model2_0" VARCHAR(30),

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model3_ka" ON "Model3"("ka" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r6_model2_0_key" ON "Model4"("r6_model2_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_select_f4_key" ON "Model4"("select_f4");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model2_0_fkey" FOREIGN KEY ("r6_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
