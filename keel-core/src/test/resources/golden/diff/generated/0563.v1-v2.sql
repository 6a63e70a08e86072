-- DropForeignKey
ALTER TABLE "Model4" DROP CONSTRAINT "Model4_r4_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model0" ALTER COLUMN "f2_col" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
