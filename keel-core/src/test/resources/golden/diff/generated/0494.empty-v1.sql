-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" TEXT NOT NULL,
    "f0" BYTEA,
    "f1 with space" INTEGER[],
    "f2" VARBIT(16)[],
    "f3" TIMESTAMP(0)[],
    "f4" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f5" SMALLINT NOT NULL DEFAULT -5,
    "r0_model0_0" TEXT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" TIMETZ(2) NOT NULL,
    "f1" INET,
    "f2_col" TIMESTAMPTZ(6)[],
    "f3" INTEGER[],
    "f4 with space" BYTEA NOT NULL,
    "f5" MONEY NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER DEFAULT 0,
    "f1" TIMESTAMP(0) NOT NULL,
    "f2 with space" INTEGER,
    "select_f3" REAL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" TEXT NOT NULL,
    "select_f0" JSONB[],
    "f1" BIGINT,
    "f2" TIMESTAMP(0),
    "f3" VARBIT(16)[],
    "f4" BIGINT NOT NULL DEFAULT 9007199254740993,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_f4_f5_idx" ON "model_0"("f4", "f5");

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_f1_key" ON "Model 2 with space"("f1");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
