-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'value 1', 'V2');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('value 0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "model_0" (
    "id" INTEGER NOT NULL,
    "f0" VARCHAR(191) NOT NULL,
    "f1" JSONB,
    "f2" "enum_0_type" NOT NULL,
    "f3" TIME(3),
    "f4" DECIMAL(65,30)[],

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" DECIMAL(65,30)[],
    "f1" TEXT NOT NULL DEFAULT '',
    "select_f2" UUID,
    "f3" DECIMAL(10,2) NOT NULL,
    "r0_model0_0" INTEGER NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(65,30),
    "r1_model0_0" INTEGER NOT NULL,
    "r2_model2_0" INTEGER,
    "r2_model2_1" TEXT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER,
    "select_f1" UUID,
    "select_f2" MONEY NOT NULL,
    "f3 with space" "Enum1" DEFAULT 'value 0',
    "select_f4" "Enum1" NOT NULL DEFAULT 'value 0',
    "f5" "Enum1"[],
    "r3_model3_0" VARCHAR(30),
    "r4_model3_0" VARCHAR(30),

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "r5_model3_0" VARCHAR(30),

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_f0_idx" ON "model_0"("f0");

-- CreateIndex
CREATE INDEX "idx_model1_f1" ON "order_1"("f1" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model2_kb_key" ON "Model2"("kb");

-- CreateIndex
CREATE INDEX "idx_model3_f4" ON "modèle_3"("select_f4" DESC);

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model2_0_r2_model2_1_fkey" FOREIGN KEY ("r2_model2_0", "r2_model2_1") REFERENCES "Model2"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "modèle_3"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "modèle_3"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "modèle_3"("id") ON DELETE SET NULL ON UPDATE SET NULL;
