-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" SERIAL NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" INTEGER NOT NULL,
    "f0" TIME(3) NOT NULL,
    "f1" SMALLINT,
    "f2" UUID NOT NULL,
    "f3" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INET NOT NULL,
    "f1 with space" SMALLINT NOT NULL,
    "select_f2" SMALLINT NOT NULL DEFAULT -5,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0 with space" INTEGER NOT NULL,
    "f1" SMALLINT[],
    "f2" JSONB NOT NULL,
    "f3" TIMESTAMP(3),
    "select_f4" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f5" VARCHAR(191) NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" SERIAL NOT NULL,
    "f0" TEXT NOT NULL,
    "f1 with space" TIMETZ(2),
    "f2" BOOLEAN,
    "f3" TIMESTAMP(0)[],

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_5" (
    "id" INTEGER NOT NULL,
    "f0" BYTEA NOT NULL,
    "select_f1" OID,

    CONSTRAINT "modèle_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_1_f3_f2_idx" ON "order_1"("f3", "f2");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
