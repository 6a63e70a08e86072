-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BYTEA[],
    "f1" OID NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0" UUID NOT NULL,
    "f1" TEXT DEFAULT '',
    "f2" UUID NOT NULL,
    "r0_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" SERIAL NOT NULL,
    "f0" DECIMAL(65,30),
    "f1" INET,
    "f2" BYTEA,
    "select_f3" DECIMAL(65,30),
    "f4" TIME(3) NOT NULL,
    "f5" BOOLEAN,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BOOLEAN,
    "f1" TIMESTAMPTZ(6)[],
    "f2" TIMETZ(2) NOT NULL,
    "f3" MONEY NOT NULL,
    "f4 with space" INTEGER,
    "f5_col" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M2" (
    "A" VARCHAR(30) NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_M2_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_f1_key" ON "order"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f2_key" ON "Model1"("f2");

-- CreateIndex
CREATE INDEX "idx_model4_f2" ON "a_table_name_long_enough_to_push_index_names_past_63_4"("f2" DESC);

-- CreateIndex
CREATE INDEX "_M2_B_index" ON "_M2"("B");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_A_fkey" FOREIGN KEY ("A") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
