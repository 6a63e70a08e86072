-- CreateEnum
CREATE TYPE "enum_12_type" AS ENUM ('V0', 'value 1', 'V2', 'V3');
