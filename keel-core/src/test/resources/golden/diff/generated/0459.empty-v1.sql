-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0" DEFAULT 'V0',
    "f1" TIMETZ(2) NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0" MONEY,
    "r1_model0_0" VARCHAR(30) NOT NULL,
    "r2_model1_0" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" TIMESTAMP(3) NOT NULL,
    "f1" BIGINT[],
    "f2" VARCHAR(191) NOT NULL,
    "f3" JSON NOT NULL,
    "select_f4" "Enum0" NOT NULL,
    "r3_model2_0" UUID,
    "r4_model2_0" UUID,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "f1" JSONB NOT NULL DEFAULT '{}',
    "f2" "Enum0" DEFAULT 'V0',
    "f3" DATE,
    "r5_model0_0" VARCHAR(30) NOT NULL,
    "r6_model2_0" UUID NOT NULL,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f1" BOOLEAN,
    "r7_model0_0" VARCHAR(30),

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" BIGINT NOT NULL,
    "f1" REAL,
    "f2" "Enum0",
    "f3" JSON,
    "f4" DECIMAL(10,2)[],
    "f5" DOUBLE PRECISION,
    "r8_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f1_key" ON "Model0"("f1");

-- CreateIndex
CREATE INDEX "Model0_f1_idx" ON "Model0" USING HASH ("f1");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_5_f0 w_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_5" USING HASH ("f0 with space");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r6_model2_0_fkey" FOREIGN KEY ("r6_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model0_0_fkey" FOREIGN KEY ("r7_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_5" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_5_r8__fkey" FOREIGN KEY ("r8_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
