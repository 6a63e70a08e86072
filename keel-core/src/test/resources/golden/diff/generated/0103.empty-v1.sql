-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" SERIAL NOT NULL,
    "select_f0" TIME(3),
    "select_f1" TIMESTAMP(0)[],
    "f2" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f3_col" MONEY,
    "r0_model0_0" INTEGER,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" SMALLINT NOT NULL DEFAULT -5,
    "f1" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "f2" TIME(3),

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INET NOT NULL,
    "f1" SMALLINT[],
    "select_f2" OID NOT NULL,
    "f3" BYTEA NOT NULL,
    "f4_col" TIMETZ(2) NOT NULL,
    "r1_model0_0" INTEGER NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_kb_ka_key" ON "modèle_1"("kb", "ka");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_r1_model0_0_key" ON "modèle_2"("r1_model0_0");

-- CreateIndex
CREATE INDEX "modèle_2_f4_col_idx" ON "modèle_2"("f4_col");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
