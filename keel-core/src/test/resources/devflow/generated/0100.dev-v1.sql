-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "model_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BIGINT,
    "f1_col" OID[],
    "f2" TIMESTAMP(0)[],
    "r0_model0_0" UUID,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" INTEGER NOT NULL,
    "f0_col" VARCHAR(191) DEFAULT 'it''s',
    "f1" UUID NOT NULL,
    "f2" DOUBLE PRECISION[],
    "f3_col" MONEY NOT NULL,
    "f4" INTEGER NOT NULL,
    "r1_model0_0" UUID NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
