-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TEXT,
    "f1" BYTEA NOT NULL,
    "select_f2" INET[],
    "f3" MONEY,
    "f4" TEXT DEFAULT '',
    "f5" XML NOT NULL,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER,
    "f1" CHAR(10) NOT NULL,
    "f2_col" INTEGER,
    "f3" UUID NOT NULL,
    "r0_model0_0" UUID,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0" TIME(3) NOT NULL,
    "f1" INET NOT NULL,
    "select_f2" TEXT DEFAULT '',
    "f3" BIT(8),
    "f4_col" BIGINT DEFAULT 9007199254740993,
    "r1_model1_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" JSONB,
    "f1_col" BOOLEAN,
    "select_f2" BYTEA,
    "f3_col" TIME(3) NOT NULL,
    "r2_model0_0" UUID NOT NULL,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_0_f1_key" ON "modèle_0"("f1");

-- CreateIndex
CREATE INDEX "order_3_f3_col_idx" ON "order_3"("f3_col");

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
