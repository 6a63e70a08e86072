-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- DropIndex
DROP INDEX "Model0_f2_idx";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f2",
ADD COLUMN     "f2" OID[];

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
