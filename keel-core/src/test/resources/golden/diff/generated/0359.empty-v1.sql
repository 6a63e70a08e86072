-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIME(3),
    "f1" UUID NOT NULL,
    "f2_col" MONEY NOT NULL,
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" INET,
    "f1" BIGINT DEFAULT 9007199254740993,
    "f2" TIMESTAMP(0),
    "f3" VARCHAR(191) NOT NULL,
    "select_f4" MONEY[],
    "r2_model1_0" UUID,
    "r3_model0_0" UUID,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" CHAR(10),
    "select_f1" DOUBLE PRECISION DEFAULT 1.5,
    "select_f2" CHAR(10),
    "f3 with space" TEXT DEFAULT '',
    "f4" TIME(3),
    "r4_model0_0" UUID NOT NULL,
    "r5_model0_0" UUID NOT NULL,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" TEXT NOT NULL,
    "f0" BIGINT,
    "f1" JSONB,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "id" VARCHAR(30) NOT NULL,
    "r6_model3_0" TEXT NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" VARCHAR(30) NOT NULL,
    "f0" SMALLINT,
    "f1" UUID NOT NULL,
    "select_f2" TIMESTAMP(0)[],
    "f3" SMALLINT DEFAULT -5,
    "f4" OID[],
    "f5" BIT(8),
    "r7_model1_0" UUID NOT NULL,
    "r8_model2_0" VARCHAR(30),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f1_key" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f1");

-- CreateIndex
CREATE INDEX "modèle_1_f3_idx" ON "modèle_1" USING HASH ("f3");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r6__fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "modèle_3"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r7__fkey" FOREIGN KEY ("r7_model1_0") REFERENCES "modèle_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r8__fkey" FOREIGN KEY ("r8_model2_0") REFERENCES "model_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
