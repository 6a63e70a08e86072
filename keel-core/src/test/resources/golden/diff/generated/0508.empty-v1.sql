-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMP(0),
    "f1" "Enum0" NOT NULL DEFAULT 'value 0',
    "f2" TIME(3) NOT NULL,
    "f3" TIMESTAMP(0)[],
    "r0_model0_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
