-- DropForeignKey
ALTER TABLE "Model 1 with space" DROP CONSTRAINT "Model 1 with space_r1_model0_0_fkey";

-- DropIndex
DROP INDEX "idx_model0_f0";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" BYTEA NOT NULL;

-- CreateTable
CREATE TABLE "Added1" (
    "id" TEXT NOT NULL,
    "f0_col" INTEGER DEFAULT 0,
    "select_f1" SMALLINT[],
    "f2_col" DATE,
    "f3" DOUBLE PRECISION[],
    "f4" BIT(8),

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "Model0"("f0_renamed" DESC);

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
