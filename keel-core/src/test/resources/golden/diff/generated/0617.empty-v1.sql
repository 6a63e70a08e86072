-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0 with space" DECIMAL(10,2) DEFAULT 0,
    "f1" TIMETZ(2),
    "f2_col" MONEY,
    "f3_col" TEXT DEFAULT '',
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" TEXT NOT NULL,
    "f0" BIT(8),
    "f1" DECIMAL(10,2)[],
    "f2" UUID[],
    "f3" DECIMAL(65,30) DEFAULT 12.5,
    "select_f4" XML,
    "r2_model1_0" TEXT,
    "r3_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" SMALLINT NOT NULL,
    "f1_col" TEXT DEFAULT 'hello',
    "f2" DATE NOT NULL,
    "f3" TIMETZ(2)[],
    "f4_col" CHAR(10) NOT NULL,
    "r4_model1_0" TEXT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" BIGSERIAL NOT NULL,
    "f0_col" REAL DEFAULT 0.25,
    "f1" DOUBLE PRECISION DEFAULT 1.5,
    "r5_model1_0" TEXT,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" SERIAL NOT NULL,
    "f0" XML NOT NULL,
    "r6_model4_0" INTEGER,
    "r7_model0_0" INTEGER,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "f1" XML[],
    "f2 with space" DOUBLE PRECISION[],
    "select_f3" OID,
    "f4 with space" TIMESTAMP(0) NOT NULL,
    "f5 with space" INTEGER[],
    "r8_model0_0" INTEGER,
    "r9_model3_0" BIGINT,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_r3_model0_0_key" ON "Model 1 with space"("r3_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_r5_model1_0_key" ON "modèle_3"("r5_model1_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_r8_model0_0_key" ON "Model5"("r8_model0_0");

-- CreateIndex
CREATE INDEX "Model5_f0_f4 with space_idx" ON "Model5"("f0", "f4 with space");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model4_0_fkey" FOREIGN KEY ("r6_model4_0") REFERENCES "Model4"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model0_0_fkey" FOREIGN KEY ("r7_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r8_model0_0_fkey" FOREIGN KEY ("r8_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r9_model3_0_fkey" FOREIGN KEY ("r9_model3_0") REFERENCES "modèle_3"("id") ON DELETE CASCADE ON UPDATE RESTRICT;
