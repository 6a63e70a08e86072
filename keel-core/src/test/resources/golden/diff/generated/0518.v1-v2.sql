-- DropForeignKey
ALTER TABLE "order_4" DROP CONSTRAINT "order_4_r7_model1_0_r7_model1_1_fkey";

-- AlterTable
ALTER TABLE "Model2" ALTER COLUMN "f4" DROP NOT NULL;

-- DropTable
DROP TABLE "order_4";

-- CreateTable
CREATE TABLE "Model4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMP(0),
    "f1 with space" JSON NOT NULL,
    "f2" TEXT[],
    "r7_model1_0" INTEGER NOT NULL,
    "r7_model1_1" TEXT NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model1_0_r7_model1_1_fkey" FOREIGN KEY ("r7_model1_0", "r7_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;
