-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" MONEY NOT NULL,
    "f2" DATE NOT NULL,
    "f3" "Enum0"[],
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" SERIAL NOT NULL,
    "f0" XML,
    "f1" BIT(8),
    "f2_col" TIMESTAMPTZ(6) NOT NULL,
    "f3_col" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f4" XML,
    "r2_model0_0" INTEGER NOT NULL,
    "r2_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "Enum0"[],
    "select_f1" REAL,
    "f2" INET[],
    "f3" BIT(8),
    "f4" "Enum0" NOT NULL DEFAULT 'V0',
    "f5" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "r3_model2_0" INTEGER,
    "r3_model2_1" TEXT,
    "r4_model2_0" INTEGER,
    "r4_model2_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "Model0_ka_f0_idx" ON "Model0"("ka", "f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f2_col_key" ON "Model 1 with space"("f2_col");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_ka_key" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("ka");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_2_ka_k_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("ka", "kb");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r3__fkey" FOREIGN KEY ("r3_model2_0", "r3_model2_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r4__fkey" FOREIGN KEY ("r4_model2_0", "r4_model2_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;
