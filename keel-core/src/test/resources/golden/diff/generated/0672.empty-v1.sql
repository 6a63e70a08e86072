-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(0),
    "r2_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" TEXT NOT NULL DEFAULT '',
    "f1" TIMESTAMPTZ(6) NOT NULL,
    "f2_col" REAL NOT NULL,
    "f3" TEXT DEFAULT '',
    "f4 with space" INTEGER DEFAULT 0,
    "select_f5" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
