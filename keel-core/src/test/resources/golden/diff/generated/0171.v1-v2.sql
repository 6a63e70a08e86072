-- AlterTable
ALTER TABLE "order" ADD COLUMN     "g0" BYTEA;
