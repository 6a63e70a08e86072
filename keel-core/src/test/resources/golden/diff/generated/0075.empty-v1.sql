-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" XML,
    "select_f2" TEXT NOT NULL,
    "f3" DATE NOT NULL,
    "f4" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0_col" XML NOT NULL,
    "f1" INTEGER NOT NULL,
    "f2" DOUBLE PRECISION,
    "r2_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" DECIMAL(65,30) NOT NULL,
    "f1" DOUBLE PRECISION,
    "f2" VARCHAR(191) NOT NULL,
    "f3_col" TIME(3) NOT NULL,
    "select_f4" BIT(8) NOT NULL,
    "f5_col" INET[],
    "r3_model2_0" VARCHAR(30),

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" BIGSERIAL NOT NULL,
    "f0" SMALLINT,
    "f1" TIME(3),

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" UUID NOT NULL,
    "f1" BOOLEAN NOT NULL,
    "f2 with space" TIMETZ(2),
    "r4_model2_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r2_model0_0_key" ON "Model1"("r2_model0_0");

-- CreateIndex
CREATE INDEX "idx_model1_f1" ON "Model1"("f1" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_2_select_f4_key" ON "model_2"("select_f4");

-- CreateIndex
CREATE INDEX "model_2_f2_f0 with space_idx" ON "model_2"("f2", "f0 with space");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_r4_model2_0_key" ON "modèle_4"("r4_model2_0");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "model_2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "model_2"("id") ON DELETE CASCADE ON UPDATE CASCADE;
