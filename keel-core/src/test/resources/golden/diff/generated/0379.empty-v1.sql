-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" TEXT NOT NULL,
    "f0" DECIMAL(65,30),
    "f1" DATE NOT NULL,
    "select_f2" JSONB,
    "r0_model0_0" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "select_f0" TIMETZ(2) NOT NULL,
    "f1 with space" JSONB,
    "f2" TEXT NOT NULL,
    "f3 with space" CHAR(10),
    "r1_model1_0" INTEGER,
    "r2_model0_0" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "f0 with space" TIMETZ(2) NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "f0 with space" MONEY,
    "f1 with space" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" TEXT NOT NULL,
    "f0" BIT(8)[],
    "f1" XML,
    "f2 with space" VARBIT(16) NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M3" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M3_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f1_key" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f1");

-- CreateIndex
CREATE INDEX "Model1_select_f0_f2_idx" ON "Model1"("select_f0", "f2");

-- CreateIndex
CREATE INDEX "Model2_f0 with space_idx" ON "Model2"("f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f1 with space_key" ON "Model4"("f1 with space");

-- CreateIndex
CREATE INDEX "Model4_f1 with space_idx" ON "Model4" USING HASH ("f1 with space");

-- CreateIndex
CREATE INDEX "idx_model5_f2" ON "Model5"("f2 with space" DESC);

-- CreateIndex
CREATE INDEX "_M3_B_index" ON "_M3"("B");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_A_fkey" FOREIGN KEY ("A") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
