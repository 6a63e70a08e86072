-- CreateEnum
CREATE TYPE "Enum11" AS ENUM ('V0', 'V1');
