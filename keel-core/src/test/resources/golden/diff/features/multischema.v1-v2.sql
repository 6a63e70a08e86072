-- AlterEnum
ALTER TYPE "auth"."Role" ADD VALUE 'OWNER';

-- AlterTable
ALTER TABLE "base"."Tag" ADD COLUMN     "label" TEXT;
