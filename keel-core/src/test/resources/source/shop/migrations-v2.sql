-- AlterEnum
ALTER TYPE "Status" ADD VALUE 'REFUNDED';

-- DropIndex
DROP INDEX "Tag_label_key";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "age" INTEGER;
