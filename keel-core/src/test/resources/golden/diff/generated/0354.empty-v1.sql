-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "select_f0" TIMESTAMP(3)[],
    "select_f1" JSONB DEFAULT '{}',
    "f2" UUID NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" VARCHAR(191) DEFAULT 'it''s',
    "f1_col" JSON[],
    "r1_model1_0" BIGINT,
    "r2_model1_0" BIGINT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" INTEGER DEFAULT 42,
    "r3_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INTEGER,
    "f1" DATE,
    "f2" DOUBLE PRECISION NOT NULL,
    "f3 with space" INTEGER NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f2_key" ON "Model0"("f2");

-- CreateIndex
CREATE INDEX "Model3_f3 with space_f2_idx" ON "Model3"("f3 with space", "f2");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
