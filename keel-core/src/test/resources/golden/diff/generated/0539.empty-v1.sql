-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" INTEGER NOT NULL,
    "f0" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "f1" REAL DEFAULT 0.25,
    "f2" VARCHAR(191),
    "f3 with space" TEXT DEFAULT 'hello',
    "f4" XML,
    "f5" INTEGER DEFAULT 0,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" BIGSERIAL NOT NULL,
    "r0_model0_0" INTEGER NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" BIT(8),
    "f1_col" INET[],
    "f2_col" DOUBLE PRECISION[],
    "f3" BOOLEAN NOT NULL,
    "f4" TIME(3),

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_1_r0_model0_0_key" ON "order_1"("r0_model0_0");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
