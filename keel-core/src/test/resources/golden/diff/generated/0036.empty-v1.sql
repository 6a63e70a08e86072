-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0 with space" TIMESTAMP(3) NOT NULL,
    "select_f1" INTEGER,
    "f2" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f3" "Enum0" NOT NULL,
    "f4" BIT(8),
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0" NOT NULL DEFAULT 'V0',
    "select_f1" INTEGER,
    "f2" VARCHAR(191)[],
    "f3" BIGINT NOT NULL,
    "f4" "Enum0" NOT NULL,
    "r1_model1_0" VARCHAR(30),

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f4_key" ON "Model 1 with space"("f4");

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f4_f3_key" ON "Model 1 with space"("f4", "f3");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
