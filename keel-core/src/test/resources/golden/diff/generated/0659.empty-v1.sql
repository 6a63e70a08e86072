-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" TEXT NOT NULL,
    "f0" BIT(8) NOT NULL,
    "f1" DOUBLE PRECISION,
    "f2" TIMESTAMP(3),
    "f3_col" INTEGER,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0 with space" DECIMAL(10,2),
    "f1_col" BIGINT,
    "f2" INTEGER NOT NULL DEFAULT 42,
    "f3" BYTEA NOT NULL,
    "f4" INTEGER NOT NULL DEFAULT 42,
    "f5 with space" BYTEA[],

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" SERIAL NOT NULL,
    "f0" MONEY NOT NULL,
    "select_f1" XML,
    "r1_model2_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" SERIAL NOT NULL,
    "f0" JSONB NOT NULL,
    "f1_col" VARCHAR(191) DEFAULT 'it''s',

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M2" (
    "A" VARCHAR(30) NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_M2_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Model 1 with space_f0_idx" ON "Model 1 with space"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f2_f3_key" ON "Model2"("f2", "f3");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f0_key" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f0");

-- CreateIndex
CREATE INDEX "_M2_B_index" ON "_M2"("B");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_r1__fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_A_fkey" FOREIGN KEY ("A") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_B_fkey" FOREIGN KEY ("B") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
