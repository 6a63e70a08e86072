-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" INTEGER NOT NULL,
    "f0" UUID NOT NULL,
    "f1 with space" DECIMAL(65,30) NOT NULL,
    "select_f2" DOUBLE PRECISION,
    "r0_model0_0" INTEGER,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f0_key" ON "model_0"("f0");

-- CreateIndex
CREATE INDEX "idx_model0_f1" ON "model_0"("f1 with space" DESC);

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;
