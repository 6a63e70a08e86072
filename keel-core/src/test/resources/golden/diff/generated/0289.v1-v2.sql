-- CreateEnum
CREATE TYPE "enum_10_type" AS ENUM ('value 0');

-- DropForeignKey
ALTER TABLE "order" DROP CONSTRAINT "order_r0_model0_0_fkey";

-- DropIndex
DROP INDEX "order_f0_col_key";

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
