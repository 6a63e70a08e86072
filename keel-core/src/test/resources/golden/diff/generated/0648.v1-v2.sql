-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "f0",
ADD COLUMN     "select_g0" OID;
