-- DropForeignKey
ALTER TABLE "Model 5 with space" DROP CONSTRAINT "Model 5 with space_r6_model4_0_fkey";

-- AlterTable
ALTER TABLE "model_2" DROP COLUMN "f1 with space";

-- AlterTable
ALTER TABLE "order_3" DROP COLUMN "f4_col",
ADD COLUMN     "f4_renamed" OID;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r6_model4_0_fkey" FOREIGN KEY ("r6_model4_0") REFERENCES "Model4"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
