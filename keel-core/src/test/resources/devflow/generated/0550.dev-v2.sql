-- DropForeignKey
ALTER TABLE "Model2" DROP CONSTRAINT "Model2_r3_model1_0_fkey";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f0";

-- DropTable
DROP TABLE "Model2";

-- CreateTable
CREATE TABLE "model2_renamed" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "select_f1" DATE,
    "f2" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f3 with space" INET NOT NULL,
    "f4_col" TIMESTAMP(0)[],
    "r3_model1_0" UUID,

    CONSTRAINT "model2_renamed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model2_renamed_f2_idx" ON "model2_renamed" USING HASH ("f2");

-- AddForeignKey
ALTER TABLE "model2_renamed" ADD CONSTRAINT "model2_renamed_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE SET NULL;
