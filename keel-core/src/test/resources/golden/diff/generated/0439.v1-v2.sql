-- CreateEnum
CREATE TYPE "enum_10_type" AS ENUM ('V0', 'V1', 'V2');

-- DropIndex
DROP INDEX "Model1_f2_idx";
