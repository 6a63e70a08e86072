-- CreateEnum
CREATE TYPE "enum_11_type" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Added1" (
    "id" SERIAL NOT NULL,
    "f0_col" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f1_col" INET,
    "f2" DOUBLE PRECISION NOT NULL,
    "f3" "Enum0" DEFAULT 'V0',
    "f4" XML[],
    "f5" TIMESTAMP(0)[],

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
