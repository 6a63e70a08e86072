-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "f1" DECIMAL(65,30)[],
    "f2" TIMESTAMP(3),
    "f3" BIGINT DEFAULT 9007199254740993,
    "f4" INET[],
    "f5" TEXT DEFAULT '',

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" OID,
    "r0_model1_0" INTEGER,
    "r0_model1_1" TEXT,
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER NOT NULL DEFAULT 0,
    "f1" BIT(8) NOT NULL,
    "f2" TIMESTAMP(3)[],
    "f3" DOUBLE PRECISION NOT NULL,
    "select_f4" VARCHAR(191),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" TEXT NOT NULL,
    "f0" DECIMAL(10,2),
    "f1" REAL,
    "r2_model2_0" VARCHAR(30),

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "modèle_1_kb_ka_idx" ON "modèle_1"("kb", "ka");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model1_0_r0_model1_1_fkey" FOREIGN KEY ("r0_model1_0", "r0_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
