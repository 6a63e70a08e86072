-- DropForeignKey
ALTER TABLE "Model2" DROP CONSTRAINT "Model2_r2_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "Model2" DROP CONSTRAINT "Model2_r3_model1_0_r3_model1_1_fkey";

-- DropIndex
DROP INDEX "idx_model0_f2";

-- AlterTable
ALTER TABLE "Model0" ADD COLUMN     "g0" "Enum0",
ALTER COLUMN "f2" DROP NOT NULL,
ALTER COLUMN "f2" SET DATA TYPE TIMESTAMP(0);

-- DropTable
DROP TABLE "Model2";

-- CreateTable
CREATE TABLE "model2_renamed" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" "Enum0"[],
    "select_f1" "Enum0" NOT NULL,
    "f2" DOUBLE PRECISION[],
    "select_f3" "Enum0" NOT NULL DEFAULT 'V0',
    "f4_col" BIGINT DEFAULT 9007199254740993,
    "r2_model0_0" BIGINT NOT NULL,
    "r3_model1_0" INTEGER NOT NULL,
    "r3_model1_1" TEXT NOT NULL,

    CONSTRAINT "model2_renamed_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "model2_renamed_r2_model0_0_key" ON "model2_renamed"("r2_model0_0");

-- AddForeignKey
ALTER TABLE "model2_renamed" ADD CONSTRAINT "model2_renamed_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model2_renamed" ADD CONSTRAINT "model2_renamed_r3_model1_0_r3_model1_1_fkey" FOREIGN KEY ("r3_model1_0", "r3_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;
