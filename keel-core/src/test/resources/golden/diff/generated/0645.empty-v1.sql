-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" JSONB[],
    "f1" UUID NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "Model 0 with space_f1_kb_idx" ON "Model 0 with space"("f1", "kb");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE CASCADE ON UPDATE SET NULL;
