-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TEXT DEFAULT 'hello',

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" TIMETZ(2) NOT NULL,
    "f2" INTEGER NOT NULL DEFAULT 42,
    "r0_model0_0" UUID NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0" JSONB NOT NULL DEFAULT '{}',
    "select_f1" INTEGER,
    "f2" TIMESTAMP(0) NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r0_model0_0_key" ON "Model1"("r0_model0_0");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
