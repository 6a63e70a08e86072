-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0', 'V1');

-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f2_col",
ADD COLUMN     "f2" REAL NOT NULL;
