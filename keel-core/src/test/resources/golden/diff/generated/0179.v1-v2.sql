-- DropForeignKey
ALTER TABLE "model_0" DROP CONSTRAINT "model_0_r0_model0_0_fkey";

-- DropTable
DROP TABLE "model_0";

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "select_f0" OID NOT NULL,
    "f1" JSONB NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_select_f0_key" ON "Model0"("select_f0");

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "Model0"("select_f0" DESC);
