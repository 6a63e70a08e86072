-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" JSONB,
    "f1" DATE[],
    "f2" XML,
    "f3" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "f4" TEXT DEFAULT '',
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" JSONB,
    "f1" CHAR(10),
    "f2" DECIMAL(65,30),
    "f3" INTEGER,
    "f4" MONEY NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 0 with space_f3_idx" ON "Model 0 with space" USING HASH ("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f4_key" ON "Model1"("f4");

-- CreateIndex
CREATE INDEX "Model1_f4_idx" ON "Model1"("f4");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
