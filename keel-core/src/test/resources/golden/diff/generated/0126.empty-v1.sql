-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" OID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" SERIAL NOT NULL,
    "r0_model0_0" INTEGER NOT NULL,
    "r0_model0_1" TEXT NOT NULL,
    "r1_model1_0" INTEGER,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMETZ(2)[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f1" TIMETZ(2),
    "r2_model0_0" INTEGER NOT NULL,
    "r2_model0_1" TEXT NOT NULL,
    "r3_model3_0" INTEGER,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" MONEY NOT NULL,
    "f1" BOOLEAN[],
    "f2" BYTEA,
    "r4_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_3_r2_model0_0_r2_model0_1_key" ON "order_3"("r2_model0_0", "r2_model0_1");

-- CreateIndex
CREATE INDEX "Model4_ka_kb_idx" ON "Model4"("ka", "kb");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "order_1"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "order_3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "order_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
