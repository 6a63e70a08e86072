-- AlterEnum
ALTER TYPE "enum_0_type" ADD VALUE 'W0';

-- AlterTable
ALTER TABLE "order" DROP COLUMN "select_f1";
