-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f2",
ADD COLUMN     "f2_renamed" OID,
ALTER COLUMN "select_f0" SET NOT NULL;

-- AlterTable
ALTER TABLE "Model2" DROP COLUMN "f2",
ADD COLUMN     "f2" "Enum0";
