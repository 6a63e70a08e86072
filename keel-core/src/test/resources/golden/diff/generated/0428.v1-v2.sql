-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" VARCHAR(191) DEFAULT 'it''s',
    "f1" REAL,
    "f2" TIME(3) NOT NULL,
    "f3" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f4" INET NOT NULL,
    "select_f5" SMALLINT NOT NULL DEFAULT -5,

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 50 with space_select_f5_key" ON "Model 50 with space"("select_f5");

-- CreateIndex
CREATE INDEX "Model 50 with space_f2_f4_idx" ON "Model 50 with space"("f2", "f4");
