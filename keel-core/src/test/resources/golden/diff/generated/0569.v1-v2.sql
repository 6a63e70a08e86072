-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "r0_model0_0";

-- AlterTable
ALTER TABLE "Model3" ADD COLUMN     "g0" INET;

-- DropTable
DROP TABLE "Model2";

-- CreateTable
CREATE TABLE "model2_renamed" (
    "id" INTEGER NOT NULL,
    "f0_col" BIGINT NOT NULL,
    "f1" DOUBLE PRECISION NOT NULL,
    "f2" TIMESTAMP(0)[],

    CONSTRAINT "model2_renamed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model2_renamed_f0_col_key" ON "model2_renamed"("f0_col");
