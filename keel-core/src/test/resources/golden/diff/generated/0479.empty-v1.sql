-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0" TEXT NOT NULL,
    "f1" XML NOT NULL,
    "f2_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f3" DECIMAL(10,2)[],
    "f4" TIMESTAMPTZ(6)[],
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0_col" TIMETZ(2),
    "f1" TIMESTAMP(3)[],
    "f2" UUID,
    "f3" DECIMAL(65,30) DEFAULT 12.5,
    "f4 with space" TIMESTAMP(0)[],
    "f5" UUID[],
    "r2_model0_0" TEXT,
    "r3_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" INTEGER NOT NULL,
    "f0" OID[],
    "f1" BOOLEAN DEFAULT false,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1" TEXT NOT NULL,
    "f2 with space" JSON,
    "r4_model2_0" INTEGER NOT NULL,
    "r5_model0_0" TEXT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(0),
    "f1" TEXT,
    "select_f2" MONEY NOT NULL,
    "f3" TEXT,
    "f4 with space" "Enum0" DEFAULT 'V0',
    "f5" "Enum0"[],
    "r6_model0_0" TEXT NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_5" (
    "id" TEXT NOT NULL,
    "f0" INTEGER NOT NULL DEFAULT 42,
    "select_f1" TIME(3),
    "f2" CHAR(10),
    "f3" "Enum0" DEFAULT 'V0',
    "f4" "Enum0" NOT NULL,
    "f5" DATE NOT NULL,
    "r7_model2_0" INTEGER NOT NULL,
    "r8_model0_0" TEXT NOT NULL,

    CONSTRAINT "model_5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model3_kb_key" ON "Model3"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r5_model0_0_key" ON "Model3"("r5_model0_0");

-- CreateIndex
CREATE INDEX "model_5_f5_f0_idx" ON "model_5"("f5", "f0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "modèle_2"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model0_0_fkey" FOREIGN KEY ("r6_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r7_model2_0_fkey" FOREIGN KEY ("r7_model2_0") REFERENCES "modèle_2"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r8_model0_0_fkey" FOREIGN KEY ("r8_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
