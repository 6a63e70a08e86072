-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIMESTAMP(3)[],

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" REAL,
    "f1" INET,
    "f2" VARBIT(16),
    "f3" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f4" DOUBLE PRECISION NOT NULL,
    "f5_col" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" CHAR(10) NOT NULL,
    "r0_model1_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f3_key" ON "Model1"("f3");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r0__fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE SET NULL;
