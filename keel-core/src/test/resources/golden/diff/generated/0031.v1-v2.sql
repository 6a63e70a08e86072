-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0', 'V1', 'value 2');

-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r2_model1_0_fkey";

-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f2 with space",
ADD COLUMN     "f2" VARCHAR(191) NOT NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
