-- CreateEnum
CREATE TYPE "enum_10_type" AS ENUM ('V0', 'V1', 'V2');
