-- AlterTable
ALTER TABLE "order_3" DROP COLUMN "f3_col",
ADD COLUMN     "f3" "Enum0"[];

-- AlterTable
ALTER TABLE "Model 5 with space" ALTER COLUMN "f1" SET NOT NULL;
