-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" TEXT DEFAULT 'hello',

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "model_0_kb_idx" ON "model_0" USING HASH ("kb");
