-- DropForeignKey
ALTER TABLE "Model3" DROP CONSTRAINT "Model3_r3_model1_0_fkey";

-- AlterTable
ALTER TABLE "Model0" ALTER COLUMN "f3" DROP DEFAULT;

-- DropTable
DROP TABLE "Model3";

-- CreateTable
CREATE TABLE "model3_renamed" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "Enum1" NOT NULL,
    "r3_model1_0" TEXT NOT NULL,

    CONSTRAINT "model3_renamed_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "idx_model3_f0" ON "model3_renamed"("f0" DESC);

-- AddForeignKey
ALTER TABLE "model3_renamed" ADD CONSTRAINT "model3_renamed_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
