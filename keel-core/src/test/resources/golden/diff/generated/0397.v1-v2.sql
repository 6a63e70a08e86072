-- AlterEnum
ALTER TYPE "Enum1" ADD VALUE 'W0';
