-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0"[],
    "f1" TIMESTAMP(0) NOT NULL,
    "f2" CHAR(10),
    "f3" OID NOT NULL,
    "f4" DATE,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" DATE,
    "f1" INTEGER DEFAULT 0,
    "select_f2" XML[],
    "f3" JSON NOT NULL,
    "r2_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIME(3),
    "r3_model0_0" VARCHAR(30),
    "r4_model2_0" INTEGER,
    "r4_model2_1" TEXT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" SERIAL NOT NULL,
    "f0" DOUBLE PRECISION[],
    "f1_col" TIMETZ(2) NOT NULL,
    "f2 with space" INTEGER,
    "select_f3" "Enum0" NOT NULL,
    "f4" BOOLEAN NOT NULL,
    "f5" TIMESTAMP(0) NOT NULL,
    "r5_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "f0" SMALLINT[],
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "r6_model1_0" INTEGER NOT NULL,
    "r7_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" SERIAL NOT NULL,
    "r8_model4_0" TEXT,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M9" (
    "A" VARCHAR(30) NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M9_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f3_key" ON "Model0"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_ka_key" ON "Model 2 with space"("ka");

-- CreateIndex
CREATE INDEX "Model 2 with space_kb_ka_idx" ON "Model 2 with space"("kb", "ka");

-- CreateIndex
CREATE UNIQUE INDEX "model_3_f1_col_key" ON "model_3"("f1_col");

-- CreateIndex
CREATE UNIQUE INDEX "model_3_f5_f1_col_key" ON "model_3"("f5", "f1_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f1_key" ON "Model4"("f1");

-- CreateIndex
CREATE INDEX "Model4_f1_idx" ON "Model4" USING HASH ("f1");

-- CreateIndex
CREATE INDEX "_M9_B_index" ON "_M9"("B");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r4_model2_0_r4_model2_1_fkey" FOREIGN KEY ("r4_model2_0", "r4_model2_1") REFERENCES "Model 2 with space"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model1_0_fkey" FOREIGN KEY ("r6_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model1_0_fkey" FOREIGN KEY ("r7_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r8_model4_0_fkey" FOREIGN KEY ("r8_model4_0") REFERENCES "Model4"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M9" ADD CONSTRAINT "_M9_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M9" ADD CONSTRAINT "_M9_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
