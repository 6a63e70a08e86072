-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'value 2');

-- CreateTable
CREATE TABLE "model_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BOOLEAN NOT NULL,
    "f1 with space" BOOLEAN DEFAULT false,
    "f2" BYTEA,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" TIMETZ(2) NOT NULL,
    "f1" UUID[],

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" INTEGER NOT NULL,
    "f0" "Enum1" NOT NULL DEFAULT 'V0',
    "select_f1" DOUBLE PRECISION NOT NULL,
    "f2" "Enum1" DEFAULT 'V0',
    "r1_model1_0" INTEGER NOT NULL,
    "r1_model1_1" TEXT NOT NULL,
    "r2_model1_0" INTEGER NOT NULL,
    "r2_model1_1" TEXT NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" BIGSERIAL NOT NULL,
    "f0" TEXT DEFAULT 'hello',
    "f1" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f2" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f3" JSON[],
    "f4" TIMESTAMP(0)[],

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f0_key" ON "model_0"("f0");

-- CreateIndex
CREATE INDEX "model_0_ka_idx" ON "model_0" USING HASH ("ka");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f0 with space_key" ON "Model1"("f0 with space");

-- CreateIndex
CREATE INDEX "Model1_f0 with space_ka_idx" ON "Model1"("f0 with space", "ka");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f1_key" ON "Model3"("f1");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "model_0"("ka", "kb") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;
