-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W0';
