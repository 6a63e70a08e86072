-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" SERIAL NOT NULL,
    "select_f0" OID NOT NULL,
    "f1" JSONB NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BIT(8) NOT NULL,
    "f1_col" JSONB[],
    "f2" UUID[],

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TEXT NOT NULL,
    "f1_col" BOOLEAN NOT NULL DEFAULT false,
    "f2 with space" BYTEA NOT NULL,
    "r1_model2_0" VARCHAR(30),
    "r2_model2_0" VARCHAR(30),

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_select_f0_key" ON "model_0"("select_f0");

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "model_0"("select_f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "order_1_f0_key" ON "order_1"("f0");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "model_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "model_2"("id") ON DELETE SET NULL ON UPDATE SET NULL;
