-- AlterTable
ALTER TABLE "Model3" ADD COLUMN     "select_g0" VARBIT(16)[];
