-- AlterTable
ALTER TABLE "Model3" ADD COLUMN     "g0_col" "Enum0" NOT NULL DEFAULT 'V0';
