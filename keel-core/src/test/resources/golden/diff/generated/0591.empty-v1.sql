-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "r0_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" MONEY,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" SERIAL NOT NULL,
    "f0 with space" DECIMAL(10,2)[],
    "f1" TIMESTAMP(0),
    "f2_col" OID[],
    "r1_model1_0" UUID,
    "r2_model0_0" TEXT,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DOUBLE PRECISION,
    "r3_model2_0" INTEGER,
    "r4_model0_0" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "f0" BIT(8),
    "f1" BIT(8),
    "r5_model2_0" INTEGER,
    "r6_model2_0" INTEGER,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_5" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "f1" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f2_col" JSON[],
    "f3" JSONB,
    "f4" DECIMAL(65,30) DEFAULT 12.5,
    "f5 with space" OID,
    "r7_model3_0" INTEGER,
    "r7_model3_1" TEXT,
    "r8_model1_0" UUID,

    CONSTRAINT "order_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_2_r2_model0_0_key" ON "order_2"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_ka_key" ON "Model3"("ka");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "order_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "order_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model2_0_fkey" FOREIGN KEY ("r6_model2_0") REFERENCES "order_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r7_model3_0_r7_model3_1_fkey" FOREIGN KEY ("r7_model3_0", "r7_model3_1") REFERENCES "Model3"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r8_model1_0_fkey" FOREIGN KEY ("r8_model1_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;
