-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DOUBLE PRECISION,
    "f1" SMALLINT[],
    "f2" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f3" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f3_key" ON "Model0"("f3");
