-- CreateEnum
CREATE TYPE "enum_11_type" AS ENUM ('value 0', 'V1', 'V2');
