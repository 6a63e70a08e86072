-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" INTEGER NOT NULL,
    "f0" JSON,
    "f1 with space" TIME(3) NOT NULL,
    "f2" TIMESTAMP(3) NOT NULL,
    "f3" MONEY,
    "r0_model0_0" INTEGER,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" JSONB,
    "f1" REAL[],
    "f2" DOUBLE PRECISION,
    "f3" TIMESTAMPTZ(6)[],
    "f4 with space" MONEY NOT NULL,
    "f5" INTEGER DEFAULT 0,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model0_f1" ON "modèle_0"("f1 with space" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_r1_model0_0_key" ON "Model 1 with space"("r1_model0_0");

-- CreateIndex
CREATE INDEX "idx_model1_f4" ON "Model 1 with space"("f4 with space" DESC);

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
