-- AlterEnum
ALTER TYPE "enum_0_type" ADD VALUE 'W0';
