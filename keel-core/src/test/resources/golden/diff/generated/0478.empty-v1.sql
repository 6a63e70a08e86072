-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" MONEY,
    "f1" OID NOT NULL,
    "f2" JSON NOT NULL,
    "f3 with space" TEXT NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f3 with space_f1_key" ON "Model0"("f3 with space", "f1");
