-- AlterTable
ALTER TABLE "Model 0 with space" ADD COLUMN     "g0" VARBIT(16) NOT NULL,
ALTER COLUMN "f2" SET NOT NULL;

-- AlterTable
ALTER TABLE "Model3" DROP COLUMN "f0";
