-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" DATE,
    "f1 with space" TIMESTAMPTZ(6)[],
    "f2" OID[],

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIT(8),
    "f1" VARBIT(16),
    "f2" "enum_0_type"[],
    "f3" "enum_0_type" NOT NULL,
    "f4" SMALLINT NOT NULL,
    "r0_model0_0" BIGINT NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" MONEY NOT NULL,
    "select_f1" TIMESTAMPTZ(6),
    "f2" DOUBLE PRECISION NOT NULL,
    "select_f3" DATE[],
    "f4" "enum_0_type" DEFAULT 'V0',
    "f5" "enum_0_type" NOT NULL,
    "r1_model0_0" BIGINT NOT NULL,
    "r2_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" SMALLINT,
    "f1 with space" DATE,
    "f2" BYTEA,
    "f3" TIMETZ(2) NOT NULL,
    "r3_model1_0" INTEGER NOT NULL,
    "r3_model1_1" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "f0" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f1_col" DATE,
    "f2_col" "enum_0_type" DEFAULT 'V0',
    "f3 with space" OID NOT NULL,
    "f4" TIMESTAMP(3)[],
    "f5" UUID NOT NULL,
    "r4_model0_0" BIGINT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" SERIAL NOT NULL,
    "f0" "enum_0_type" NOT NULL,
    "f1" REAL DEFAULT 0.25,
    "f2" JSON NOT NULL,
    "f3" "enum_0_type"[],
    "r5_model4_0" TEXT,
    "r6_model1_0" INTEGER,
    "r6_model1_1" TEXT,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_1_r0_model0_0_key" ON "model_1"("r0_model0_0");

-- CreateIndex
CREATE INDEX "Model3_f3_idx" ON "Model3" USING HASH ("f3");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model1_0_r3_model1_1_fkey" FOREIGN KEY ("r3_model1_0", "r3_model1_1") REFERENCES "model_1"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r5_model4_0_fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "Model4"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r6_model1_0_r6_model1_1_fkey" FOREIGN KEY ("r6_model1_0", "r6_model1_1") REFERENCES "model_1"("ka", "kb") ON DELETE NO ACTION ON UPDATE SET NULL;
