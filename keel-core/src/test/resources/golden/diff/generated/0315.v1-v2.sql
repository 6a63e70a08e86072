-- AlterTable
ALTER TABLE "Model3" ADD COLUMN     "g0" TEXT;
