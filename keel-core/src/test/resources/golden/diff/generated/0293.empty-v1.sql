-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" SERIAL NOT NULL,
    "f0_col" TIMETZ(2)[],
    "f1" OID,
    "f2" DATE,
    "f3" BIT(8) NOT NULL,
    "f4" "Enum1"[],
    "f5 with space" BIT(8),
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1" CHAR(10) NOT NULL,
    "f2" "Enum0" NOT NULL,
    "f3" VARCHAR(191) NOT NULL,
    "f4 with space" JSON,
    "f5" REAL NOT NULL,
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" REAL,
    "f1" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0_col" JSON,
    "f1" TIME(3) NOT NULL,
    "f2" VARCHAR(191),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" SERIAL NOT NULL,
    "select_f0" OID NOT NULL,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_5" (
    "id" SERIAL NOT NULL,
    "r3_model3_0" TEXT,

    CONSTRAINT "modèle_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f1_key" ON "Model3"("f1");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_5" ADD CONSTRAINT "modèle_5_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "Model3"("id") ON DELETE CASCADE ON UPDATE SET NULL;
