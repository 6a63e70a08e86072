-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" SMALLINT,
    "f1" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "f2" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f3" "Enum1" DEFAULT 'V0',

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" INTEGER NOT NULL,
    "f0 with space" "Enum1" NOT NULL,
    "r0_model1_0" INTEGER,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DECIMAL(65,30) DEFAULT 12.5,
    "select_f1" "Enum1",
    "f2" TIMETZ(2),
    "f3" DECIMAL(65,30)[],
    "f4" JSON NOT NULL,
    "f5" MONEY NOT NULL,
    "r1_model1_0" INTEGER NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "r2_model0_0" UUID,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_4" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1_col" "Enum1" NOT NULL,
    "f2" "Enum1" NOT NULL DEFAULT 'V0',
    "f3" TIMESTAMP(0) NOT NULL,
    "f4" DOUBLE PRECISION NOT NULL,
    "select_f5" DECIMAL(10,2)[],
    "r3_model4_0" VARCHAR(30),
    "r4_model4_0" VARCHAR(30),

    CONSTRAINT "model_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" DECIMAL(10,2) DEFAULT 0,
    "f1" XML NOT NULL,
    "f2" VARBIT(16) NOT NULL,
    "r5_model3_0" INTEGER,
    "r6_model3_0" INTEGER,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "_M7" (
    "A" UUID NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M7_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Model0_f2_idx" ON "Model0" USING HASH ("f2");

-- CreateIndex
CREATE INDEX "order_2_f5_idx" ON "order_2"("f5");

-- CreateIndex
CREATE UNIQUE INDEX "model_4_f3_key" ON "model_4"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_r5_model3_0_key" ON "Model5"("r5_model3_0");

-- CreateIndex
CREATE INDEX "Model5_ka_f2_idx" ON "Model5"("ka", "f2");

-- CreateIndex
CREATE INDEX "_M7_B_index" ON "_M7"("B");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "order_1"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "order_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r3_model4_0_fkey" FOREIGN KEY ("r3_model4_0") REFERENCES "model_4"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r4_model4_0_fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "model_4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "Model3"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r6_model3_0_fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M7" ADD CONSTRAINT "_M7_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7" ADD CONSTRAINT "_M7_B_fkey" FOREIGN KEY ("B") REFERENCES "order_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
