-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r0_model0_0_r0_model0_1_fkey";

-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r1_model0_0_r1_model0_1_fkey";

-- DropIndex
DROP INDEX "order_2_f1_key";

-- AlterTable
ALTER TABLE "order_2" DROP COLUMN "f1";

-- DropTable
DROP TABLE "Model1";

-- CreateTable
CREATE TABLE "model1_renamed" (
    "id" INTEGER NOT NULL,
    "f0 with space" BIT(8)[],
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "model1_renamed_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "model1_renamed" ADD CONSTRAINT "model1_renamed_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "model_0"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model1_renamed" ADD CONSTRAINT "model1_renamed_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "model_0"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;
