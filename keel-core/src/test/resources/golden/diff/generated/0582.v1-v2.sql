-- DropIndex
DROP INDEX "idx_model4_kb";

-- AlterTable
ALTER TABLE "model_1" DROP COLUMN "f2",
ADD COLUMN     "f2_renamed" "Enum1" DEFAULT 'V0';
