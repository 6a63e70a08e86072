-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0');

-- DropIndex
DROP INDEX "Model 0 with space_f1_kb_idx";

-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "f0",
DROP COLUMN "f1",
ADD COLUMN     "f0_col" BOOLEAN NOT NULL,
ADD COLUMN     "f1_renamed" UUID NOT NULL;

-- CreateIndex
CREATE INDEX "Model 0 with space_f1_renamed_kb_idx" ON "Model 0 with space"("f1_renamed", "kb");
