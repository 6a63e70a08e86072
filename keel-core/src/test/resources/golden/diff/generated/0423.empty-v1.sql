-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" TEXT NOT NULL,
    "select_f0" DOUBLE PRECISION,
    "f1" TEXT DEFAULT 'hello',
    "f2" BIT(8)[],
    "f3" DATE,
    "select_f4" MONEY NOT NULL,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL,
    "f1" SMALLINT,
    "f2" BOOLEAN,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0" REAL,
    "f1 with space" VARBIT(16)[],
    "r0_model1_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" VARBIT(16) NOT NULL,
    "f1_col" TIMESTAMP(0)[],
    "f2" REAL,
    "f3" SMALLINT NOT NULL,
    "f4" BIT(8),
    "f5 with space" UUID NOT NULL,
    "r1_model3_0" INTEGER,
    "r2_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" INTEGER NOT NULL,
    "f0" OID NOT NULL,
    "r3_model1_0" INTEGER NOT NULL,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_5" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "modèle_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_select_f4_key" ON "model_0"("select_f4");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f3_key" ON "Model3"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "order_4_r3_model1_0_key" ON "order_4"("r3_model1_0");

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r1_model3_0_fkey" FOREIGN KEY ("r1_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
