-- AlterTable
ALTER TABLE "model_0" DROP COLUMN "f3",
ADD COLUMN     "f3 with space" SMALLINT,
ALTER COLUMN "f0 with space" DROP NOT NULL;
