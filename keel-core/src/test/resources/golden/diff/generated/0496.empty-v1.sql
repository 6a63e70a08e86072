-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" OID,
    "f1" DOUBLE PRECISION[],
    "f2" BIT(8) NOT NULL,
    "f3" UUID,
    "select_f4" SMALLINT,
    "f5" DOUBLE PRECISION,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" BIT(8) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" MONEY,
    "f1 with space" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f2" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f2_key" ON "Model0"("f2");

-- CreateIndex
CREATE INDEX "idx_model1_f0" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f0" DESC);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;
