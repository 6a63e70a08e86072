-- DropForeignKey
ALTER TABLE "_Model0ToModel1" DROP CONSTRAINT "_Model0ToModel1_B_fkey";

-- DropTable
DROP TABLE "order_1";

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" MONEY,
    "f1_col" INTEGER NOT NULL,
    "select_f2" JSON,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
