-- AlterTable
ALTER TABLE "order" ADD COLUMN     "g0" OID NOT NULL;
