-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "f0",
ADD COLUMN     "f0" VARBIT(16)[];
