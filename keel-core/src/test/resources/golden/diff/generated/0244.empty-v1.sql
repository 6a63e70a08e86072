-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'value 2', 'value 3');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" OID NOT NULL,
    "f1" XML[],
    "f2 with space" DOUBLE PRECISION NOT NULL,
    "f3" "Enum1",
    "f4" BYTEA NOT NULL,
    "f5 with space" TIMESTAMP(0),
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0_col" DECIMAL(65,30) DEFAULT 12.5,
    "r2_model0_0" INTEGER NOT NULL,
    "r2_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" SERIAL NOT NULL,
    "r3_model0_0" INTEGER NOT NULL,
    "r3_model0_1" TEXT NOT NULL,
    "r4_model2_0" INTEGER,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "r5_model1_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" JSONB NOT NULL DEFAULT '{}',
    "f1" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f2_col" DECIMAL(65,30),
    "f3_col" TIMESTAMP(0) NOT NULL,
    "f4" VARCHAR(191) NOT NULL,
    "f5" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_5" (
    "id" INTEGER NOT NULL,
    "f0" BIT(8)[],
    "f1_col" CHAR(10)[],
    "f2" OID NOT NULL,
    "f3" OID[],
    "f4 with space" "Enum1" NOT NULL,
    "r6_model3_0" TEXT NOT NULL,

    CONSTRAINT "order_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f4" ON "Model0"("f4" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_f1_key" ON "modèle_4"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "order_5_f4 with space_key" ON "order_5"("f4 with space");

-- CreateIndex
CREATE UNIQUE INDEX "order_5_f2_key" ON "order_5"("f2");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "modèle_2"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_5" ADD CONSTRAINT "order_5_r6_model3_0_fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
