-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f4",
ADD COLUMN     "f4_renamed" TEXT NOT NULL;
