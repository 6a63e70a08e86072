-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" INTEGER NOT NULL,
    "f0" DATE NOT NULL,
    "f1" DATE,
    "f2" TIMETZ(2),
    "f3" BOOLEAN,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" JSONB NOT NULL DEFAULT '{}',
    "select_f1" CHAR(10),
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DOUBLE PRECISION[],

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" TEXT DEFAULT '',
    "f1" REAL[],
    "f2" BOOLEAN[],
    "f3" OID NOT NULL,
    "f4" DATE[],
    "r1_model2_0" UUID,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "r2_model3_0" INTEGER,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" OID NOT NULL,
    "f1" TIMETZ(2) NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f0_key" ON "model_0"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r0_model0_0_key" ON "Model1"("r0_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r1_model2_0_key" ON "Model3"("r1_model2_0");

-- CreateIndex
CREATE INDEX "Model5_select_f0_idx" ON "Model5" USING HASH ("select_f0");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "order_2"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r2_model3_0_fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
