-- CreateEnum
CREATE TYPE "enum_12_type" AS ENUM ('V0', 'V1');
