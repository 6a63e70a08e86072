-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" INTEGER NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" JSON,
    "f2" OID NOT NULL,
    "f3" INTEGER NOT NULL DEFAULT 0,
    "f4_col" VARBIT(16),
    "r2_model1_0" INTEGER,
    "r2_model1_1" TEXT,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "idx_model1_f3" ON "Model 1 with space"("f3" DESC);

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model1_0_r2_model1_1_fkey" FOREIGN KEY ("r2_model1_0", "r2_model1_1") REFERENCES "Model 1 with space"("ka", "kb") ON DELETE CASCADE ON UPDATE SET NULL;
