-- CreateEnum
CREATE TYPE "Enum11" AS ENUM ('V0', 'V1');

-- DropTable
DROP TABLE "Model 0 with space";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" MONEY NOT NULL,
    "f1" OID[],
    "f2" TIME(3) NOT NULL,
    "f3" INTEGER NOT NULL,
    "f4_col" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f5" OID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_f3_idx" ON "Model0"("f3");
