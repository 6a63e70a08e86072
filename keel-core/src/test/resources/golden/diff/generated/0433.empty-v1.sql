-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" SMALLINT,
    "f1" "Enum1"[],

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" JSON NOT NULL,
    "f1" "Enum1" DEFAULT 'V0',
    "f2" VARBIT(16),
    "f3" "Enum1" DEFAULT 'V0',
    "r2_model0_0" UUID,
    "r3_model0_0" UUID,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1" CHAR(10) NOT NULL,
    "select_f2" XML,
    "f3" VARCHAR(191) NOT NULL,
    "f4" "enum_0_type" NOT NULL,
    "f5" INET,
    "r4_model2_0" VARCHAR(30) NOT NULL,
    "r5_model0_0" UUID,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" BIGINT,
    "f1" DATE[],
    "r6_model1_0" VARCHAR(30) NOT NULL,
    "r7_model3_0" INTEGER NOT NULL,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INET NOT NULL,
    "f1" DOUBLE PRECISION[],
    "f2 with space" "enum_0_type" NOT NULL DEFAULT 'V0',
    "r8_model0_0" UUID NOT NULL,
    "r9_model2_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "model_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_2_r3_model0_0_key" ON "model_2"("r3_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "model_5_f2 with space_key" ON "model_5"("f2 with space");

-- CreateIndex
CREATE UNIQUE INDEX "model_5_r9_model2_0_key" ON "model_5"("r9_model2_0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "model_2"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r6_model1_0_fkey" FOREIGN KEY ("r6_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r7_model3_0_fkey" FOREIGN KEY ("r7_model3_0") REFERENCES "Model3"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r8_model0_0_fkey" FOREIGN KEY ("r8_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r9_model2_0_fkey" FOREIGN KEY ("r9_model2_0") REFERENCES "model_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
