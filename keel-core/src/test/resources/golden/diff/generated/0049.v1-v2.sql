-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('value 0', 'V1', 'V2', 'V3');
