-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0', 'value 1', 'V2', 'V3');
