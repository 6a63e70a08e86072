-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" TEXT NOT NULL,
    "select_f0" VARCHAR(191) NOT NULL,
    "f1_col" INTEGER,
    "f2" BOOLEAN NOT NULL,
    "f3" SMALLINT NOT NULL,
    "f4" BOOLEAN NOT NULL,
    "f5" TIME(3),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" TEXT NOT NULL,
    "select_f0" TIMESTAMP(0) NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" OID,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" TEXT NOT NULL,
    "f0_col" BOOLEAN,
    "f1" SMALLINT,
    "f2" BOOLEAN[],
    "select_f3" MONEY[],

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_select_f0_key" ON "modèle_1"("select_f0");

-- CreateIndex
CREATE INDEX "modèle_1_select_f0_idx" ON "modèle_1" USING HASH ("select_f0");

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
