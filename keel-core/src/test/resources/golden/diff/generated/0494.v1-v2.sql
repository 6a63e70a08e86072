-- DropForeignKey
ALTER TABLE "model_0" DROP CONSTRAINT "model_0_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model 2 with space" DROP COLUMN "select_f3",
ADD COLUMN     "f3" XML;

-- DropTable
DROP TABLE "model_0";

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0" BYTEA,
    "f1 with space" INTEGER[],
    "f2" VARBIT(16)[],
    "f3" TIMESTAMP(0)[],
    "f4" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f5" SMALLINT NOT NULL DEFAULT -5,
    "r0_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_f4_f5_idx" ON "Model0"("f4", "f5");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
