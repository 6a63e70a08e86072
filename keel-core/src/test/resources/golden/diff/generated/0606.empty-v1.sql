-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" BIGINT[],
    "f1_col" "enum_0_type" DEFAULT 'value 0',
    "f2" BOOLEAN NOT NULL,
    "f3" BYTEA NOT NULL,
    "f4" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "r0_model0_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TEXT,
    "f1" TIME(3)[],
    "f2" TIMETZ(2) NOT NULL,
    "f3" CHAR(10),

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" INTEGER NOT NULL,
    "f0" DATE[],
    "f1" TIMESTAMP(0),
    "f2_col" VARCHAR(191) NOT NULL,
    "f3" TIMESTAMP(3)[],
    "f4" "enum_0_type" NOT NULL,
    "f5 with space" BIT(8),
    "r1_model2_0" INTEGER,
    "r2_model0_0" BIGINT,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" BIGSERIAL NOT NULL,
    "f0" DATE NOT NULL,
    "r3_model2_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" XML NOT NULL,
    "f1" TIME(3) NOT NULL,
    "f2 with space" INTEGER,
    "select_f3" OID NOT NULL,
    "r4_model1_0" VARCHAR(30),
    "r5_model4_0" INTEGER,
    "r5_model4_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER[],
    "f1" CHAR(10),
    "f2" REAL DEFAULT 0.25,
    "f3 with space" TIMESTAMPTZ(6) NOT NULL,
    "r6_model4_0" INTEGER,
    "r6_model4_1" TEXT,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" BIGINT NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f3_f_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f3", "f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r3_model2_0_key" ON "Model3"("r3_model2_0");

-- CreateIndex
CREATE INDEX "Model3_f0_idx" ON "Model3"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_4_ka_key" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("ka");

-- CreateIndex
CREATE UNIQUE INDEX "Model 5 with space_f3 with space_key" ON "Model 5 with space"("f3 with space");

-- CreateIndex
CREATE INDEX "idx_model5_f3" ON "Model 5 with space"("f3 with space" DESC);

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "modèle_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "modèle_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r4__fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r5__fkey" FOREIGN KEY ("r5_model4_0", "r5_model4_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_4"("ka", "kb") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r6_model4_0_r6_model4_1_fkey" FOREIGN KEY ("r6_model4_0", "r6_model4_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_4"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "order_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
