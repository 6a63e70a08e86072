-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "model_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" JSON,
    "f1 with space" DOUBLE PRECISION NOT NULL,
    "f2" INTEGER NOT NULL,
    "f3" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "f4_col" "Enum1" NOT NULL,
    "r0_model0_0" BIGINT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f3_key" ON "model_0"("f3");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
