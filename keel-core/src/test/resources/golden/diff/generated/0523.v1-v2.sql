-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "f2",
ADD COLUMN     "f2" JSON[];
