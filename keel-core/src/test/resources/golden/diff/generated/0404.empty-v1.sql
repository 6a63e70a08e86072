-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" REAL NOT NULL,
    "f1" "Enum0"[],
    "select_f2" TIMESTAMPTZ(6)[],
    "f3 with space" INET,
    "f4" JSONB,
    "f5" DECIMAL(10,2)[],

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" TEXT NOT NULL,
    "f0" SMALLINT,
    "f1_col" REAL DEFAULT 0.25,
    "f2_col" VARCHAR(191),
    "f3" BYTEA,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0" NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" TEXT NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "f1" BOOLEAN NOT NULL,
    "select_f2" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "f3" DOUBLE PRECISION,
    "select_f4" TEXT,
    "f5" TIMESTAMP(0),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0" JSON,
    "f1" VARCHAR(191)[],
    "f2" MONEY,
    "f3" INTEGER NOT NULL,
    "f4" DECIMAL(65,30) NOT NULL,
    "r0_model0_0" UUID,
    "r1_model1_0" TEXT NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" TEXT NOT NULL,
    "f0 with space" "Enum0" NOT NULL,
    "f1" MONEY,
    "f2" TIMETZ(2),
    "f3" "Enum0" NOT NULL DEFAULT 'V0',
    "f4" DATE,
    "r2_model2_0" VARCHAR(30),
    "r3_model2_0" VARCHAR(30),

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M4" (
    "A" UUID NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_M4_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f0_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f0");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f0_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_3" USING HASH ("f0");

-- CreateIndex
CREATE INDEX "Model4_f4_f3_idx" ON "Model4"("f4", "f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_r3_model2_0_key" ON "Model5"("r3_model2_0");

-- CreateIndex
CREATE INDEX "Model5_f0 with space_idx" ON "Model5"("f0 with space");

-- CreateIndex
CREATE INDEX "_M4_B_index" ON "_M4"("B");

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_A_fkey" FOREIGN KEY ("A") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M4" ADD CONSTRAINT "_M4_B_fkey" FOREIGN KEY ("B") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
