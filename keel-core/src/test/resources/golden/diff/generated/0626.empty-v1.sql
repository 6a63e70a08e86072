-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" OID,
    "f1" VARBIT(16),
    "f2" MONEY,
    "f3" TIMESTAMP(0),
    "f4" BOOLEAN NOT NULL DEFAULT false,
    "f5" REAL NOT NULL DEFAULT 0.25,
    "r0_model0_0" UUID,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DECIMAL(65,30),
    "f1" TIMESTAMP(0)[],
    "f2" BYTEA[],
    "f3" MONEY NOT NULL,
    "r1_model0_0" UUID,
    "r2_model1_0" VARCHAR(30),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" SERIAL NOT NULL,
    "f0" OID NOT NULL,
    "select_f1" TIMESTAMPTZ(6),
    "f2" UUID,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" UUID NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_0_f4_key" ON "modèle_0"("f4");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_f3_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_1_r1_m_key" ON "a_table_name_long_enough_to_push_index_names_past_63_1"("r1_model0_0");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r2__fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
