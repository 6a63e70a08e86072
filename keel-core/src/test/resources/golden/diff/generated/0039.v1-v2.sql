-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f4",
ALTER COLUMN "f3 with space" DROP NOT NULL;
