-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" SMALLINT NOT NULL,
    "r0_model0_0" UUID,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "model_0"("f0_col" DESC);

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
