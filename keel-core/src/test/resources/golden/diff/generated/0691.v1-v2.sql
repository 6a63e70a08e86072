-- CreateTable
CREATE TABLE "model_50" (
    "id" INTEGER NOT NULL,
    "f0" BIGINT NOT NULL DEFAULT 9007199254740993,

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_50_f0_idx" ON "model_50" USING HASH ("f0");
