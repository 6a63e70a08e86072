-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" TIMETZ(2),
    "f1" "Enum0"[],
    "f2" INTEGER[],
    "f3" BIT(8) NOT NULL,
    "f4 with space" TIMESTAMP(0),
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" VARCHAR(191)[],
    "f1" JSONB[],
    "f2" JSONB NOT NULL DEFAULT '{}',
    "f3" TIMETZ(2)[],

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "select_f0" "Enum0" NOT NULL,
    "r2_model0_0" UUID NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIMETZ(2),
    "f1" UUID NOT NULL,
    "select_f2" INTEGER[],
    "f3" JSONB,
    "r3_model1_0" UUID NOT NULL,
    "r4_model2_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" DATE,
    "f1" JSON,
    "f2" TIMESTAMPTZ(6)[],
    "f3" OID[],
    "r5_model3_0" UUID,
    "r6_model0_0" UUID,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f3" ON "Model0"("f3" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f1_key" ON "Model3"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model 4 with space_r5_model3_0_key" ON "Model 4 with space"("r5_model3_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 4 with space_r6_model0_0_key" ON "Model 4 with space"("r6_model0_0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "Model3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r6_model0_0_fkey" FOREIGN KEY ("r6_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
