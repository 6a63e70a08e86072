-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" REAL NOT NULL,
    "select_f1" XML,
    "r0_model0_0" BIGINT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" SMALLINT NOT NULL,
    "f1_col" SMALLINT NOT NULL DEFAULT -5,
    "f2" INTEGER NOT NULL,
    "f3" INTEGER[],

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" TEXT NOT NULL DEFAULT '',
    "f1" MONEY NOT NULL,
    "f2" TEXT,
    "f3" SMALLINT[],
    "f4" OID NOT NULL,
    "r1_model0_0" BIGINT,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" SERIAL NOT NULL,
    "f0" BYTEA NOT NULL,
    "f1" TEXT DEFAULT 'hello',
    "r2_model3_0" INTEGER,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f0_key" ON "Model 0 with space"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "model_1_f2_key" ON "model_1"("f2");

-- CreateIndex
CREATE INDEX "model_1_f0_col_idx" ON "model_1"("f0_col");

-- CreateIndex
CREATE INDEX "Model2_f4_idx" ON "Model2" USING HASH ("f4");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model3_0_fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "order_3"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
