-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0 with space" DOUBLE PRECISION,
    "f1" TIME(3) NOT NULL,
    "f2 with space" MONEY NOT NULL,
    "f3" DECIMAL(10,2) NOT NULL,
    "f4" TEXT,
    "select_f5" OID[],
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" SERIAL NOT NULL,
    "f0" TEXT DEFAULT 'hello',

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" INTEGER NOT NULL,
    "select_f0" BIT(8) NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" UUID,
    "r1_model3_0" UUID,
    "r2_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f2 with space_key" ON "Model0"("f2 with space");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_select_f0_key" ON "modèle_2"("select_f0");

-- CreateIndex
CREATE INDEX "modèle_2_select_f0_idx" ON "modèle_2"("select_f0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r1_model3_0_fkey" FOREIGN KEY ("r1_model3_0") REFERENCES "Model 3 with space"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
