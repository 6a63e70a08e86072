-- CreateEnum
CREATE TYPE "enum_11_type" AS ENUM ('V0', 'V1', 'V2', 'value 3');
