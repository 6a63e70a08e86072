-- AlterTable
ALTER TABLE "order" DROP COLUMN "select_f1",
ADD COLUMN     "f1" "enum_0_type" NOT NULL;
