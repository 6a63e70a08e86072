-- AlterTable
ALTER TABLE "Model 1 with space" DROP COLUMN "f1",
ADD COLUMN     "f1" "enum_0_type";
