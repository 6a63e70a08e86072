-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0" DATE NOT NULL,
    "f1" "Enum0" NOT NULL,
    "select_f2" REAL NOT NULL DEFAULT 0.25,
    "f3 with space" TEXT DEFAULT '',
    "f4" "Enum0" NOT NULL,
    "r0_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" TIMESTAMPTZ(6) NOT NULL,
    "f1" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" TIMESTAMP(0),
    "f3_col" DOUBLE PRECISION[],

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" BIGINT,
    "f1" JSON NOT NULL,
    "f2" INET,
    "r1_model3_0" INTEGER,
    "r1_model3_1" TEXT,
    "r2_model3_0" INTEGER,
    "r2_model3_1" TEXT,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" DECIMAL(10,2)[],
    "f1" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f2" "Enum0" NOT NULL DEFAULT 'V0',
    "r3_model4_0" UUID,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TEXT NOT NULL,
    "f1_col" "Enum0" NOT NULL,
    "f2" "Enum0" NOT NULL,
    "r4_model3_0" INTEGER NOT NULL,
    "r4_model3_1" TEXT NOT NULL,
    "r5_model5_0" UUID,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M6" (
    "A" TEXT NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_M6_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f0_key" ON "Model0"("f0");

-- CreateIndex
CREATE INDEX "Model0_f1_f4_idx" ON "Model0"("f1", "f4");

-- CreateIndex
CREATE INDEX "Model1_f0_col_f1_idx" ON "Model1"("f0_col", "f1");

-- CreateIndex
CREATE INDEX "order_4_f2_idx" ON "order_4"("f2");

-- CreateIndex
CREATE INDEX "_M6_B_index" ON "_M6"("B");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r1_model3_0_r1_model3_1_fkey" FOREIGN KEY ("r1_model3_0", "r1_model3_1") REFERENCES "order_3"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model3_0_r2_model3_1_fkey" FOREIGN KEY ("r2_model3_0", "r2_model3_1") REFERENCES "order_3"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r3_model4_0_fkey" FOREIGN KEY ("r3_model4_0") REFERENCES "order_4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r4_model3_0_r4_model3_1_fkey" FOREIGN KEY ("r4_model3_0", "r4_model3_1") REFERENCES "order_3"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r5_model5_0_fkey" FOREIGN KEY ("r5_model5_0") REFERENCES "Model5"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M6" ADD CONSTRAINT "_M6_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M6" ADD CONSTRAINT "_M6_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
