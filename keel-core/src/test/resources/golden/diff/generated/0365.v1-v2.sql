-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0');
