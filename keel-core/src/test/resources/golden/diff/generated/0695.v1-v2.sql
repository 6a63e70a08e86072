-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W0';

-- AlterEnum
ALTER TYPE "Enum1" ADD VALUE 'W1';
