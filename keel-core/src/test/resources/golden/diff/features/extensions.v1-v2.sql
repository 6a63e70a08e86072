-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "nick" CITEXT;
