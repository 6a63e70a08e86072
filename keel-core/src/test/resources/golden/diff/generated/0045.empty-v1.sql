-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1_col" TEXT NOT NULL DEFAULT '',
    "f2" DECIMAL(10,2) NOT NULL,
    "f3 with space" REAL NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" INTEGER DEFAULT 42,
    "f1" OID[],
    "f2_col" INTEGER NOT NULL,
    "f3" TIMESTAMP(3) NOT NULL,
    "f4 with space" VARCHAR(191),
    "f5 with space" INTEGER[],

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" SERIAL NOT NULL,
    "f0_col" BOOLEAN DEFAULT false,
    "f1" INTEGER DEFAULT 42,
    "f2" DECIMAL(10,2),
    "f3" TIMESTAMP(3)[],
    "f4" INTEGER,
    "r1_model1_0" BIGINT,
    "r2_model1_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,
    "r3_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_f3 with space_idx" ON "Model0" USING HASH ("f3 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f3_f2_col_key" ON "Model1"("f3", "f2_col");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
