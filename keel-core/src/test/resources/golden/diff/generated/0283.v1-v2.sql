-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f2",
ADD COLUMN     "f2_renamed" JSONB NOT NULL;
