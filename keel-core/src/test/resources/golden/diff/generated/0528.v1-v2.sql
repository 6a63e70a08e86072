-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "select_f5",
ADD COLUMN     "f5" OID;
