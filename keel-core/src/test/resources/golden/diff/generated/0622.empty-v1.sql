-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BYTEA[],
    "f1_col" CHAR(10)[],
    "f2" SMALLINT,
    "f3" TIMESTAMP(0) NOT NULL,
    "f4" REAL DEFAULT 0.25,
    "f5" TEXT[],
    "r0_model0_0" UUID,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" SERIAL NOT NULL,
    "r1_model0_0" UUID NOT NULL,
    "r2_model0_0" UUID,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" INTEGER NOT NULL,
    "select_f0" DECIMAL(10,2) DEFAULT 0,
    "r3_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" XML[],
    "f1" INTEGER NOT NULL,
    "r4_model1_0" INTEGER,
    "r5_model3_0" VARCHAR(30),

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" BIGSERIAL NOT NULL,
    "f0" DOUBLE PRECISION[],
    "f1_col" MONEY NOT NULL,
    "f2" SMALLINT NOT NULL DEFAULT -5,
    "f3" CHAR(10) NOT NULL,
    "f4_col" REAL,
    "r6_model4_0" BIGINT,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_5" (
    "id" INTEGER NOT NULL,
    "f0" TEXT NOT NULL DEFAULT 'hello',
    "f1" TEXT NOT NULL,
    "r7_model4_0" BIGINT NOT NULL,

    CONSTRAINT "model_5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" UUID NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_1_r2_model0_0_key" ON "modèle_1"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_r3_model1_0_key" ON "Model 2 with space"("r3_model1_0");

-- CreateIndex
CREATE INDEX "model_5_f1_idx" ON "model_5" USING HASH ("f1");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "order_3"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r6_model4_0_fkey" FOREIGN KEY ("r6_model4_0") REFERENCES "Model 4 with space"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r7_model4_0_fkey" FOREIGN KEY ("r7_model4_0") REFERENCES "Model 4 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "modèle_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
