-- AlterTable
ALTER TABLE "modèle_5" DROP COLUMN "select_f3",
ADD COLUMN     "f3" "enum_1_type" NOT NULL;
