-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIME(3) NOT NULL,
    "f1_col" VARBIT(16) NOT NULL,
    "f2" MONEY,
    "f3" BYTEA NOT NULL,
    "f4 with space" VARBIT(16),
    "f5" BYTEA NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIMETZ(2) NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" SMALLINT DEFAULT -5,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" JSONB DEFAULT '{}',
    "f1" SMALLINT NOT NULL DEFAULT -5,
    "f2" TIMETZ(2),
    "f3_col" BIT(8)[],
    "f4" BOOLEAN NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" DOUBLE PRECISION[],
    "f1" TIMESTAMP(0) NOT NULL,
    "r2_model5_0" BIGINT,
    "r3_model4_0" INTEGER NOT NULL,
    "r3_model4_1" TEXT NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_f0_idx" ON "model_0" USING HASH ("f0");

-- CreateIndex
CREATE INDEX "Model1_kb_idx" ON "Model1" USING HASH ("kb");

-- CreateIndex
CREATE INDEX "modèle_2_f0_idx" ON "modèle_2"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f1_key" ON "Model4"("f1");

-- CreateIndex
CREATE INDEX "Model4_ka_f1_idx" ON "Model4"("ka", "f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_f1_key" ON "Model5"("f1");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r2_model5_0_fkey" FOREIGN KEY ("r2_model5_0") REFERENCES "Model5"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r3_model4_0_r3_model4_1_fkey" FOREIGN KEY ("r3_model4_0", "r3_model4_1") REFERENCES "Model4"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;
