-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2', 'value 3');

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0" "Enum0"[],
    "f1" "Enum0"[],
    "f2" OID[],
    "f3" BIT(8) NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" UUID NOT NULL,
    "f1" BIGINT NOT NULL DEFAULT 9007199254740993,
    "r0_model1_0" VARCHAR(30),

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BOOLEAN,
    "r1_model2_0" INTEGER,
    "r1_model2_1" TEXT,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" INET,
    "f1" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "f2" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "f3" REAL NOT NULL,
    "f4" "Enum0" NOT NULL,
    "r2_model0_0" INTEGER,
    "r3_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0" CHAR(10)[],
    "f1" DOUBLE PRECISION,
    "f2" TIME(3),
    "r4_model3_0" INTEGER,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_2_ka_key" ON "order_2"("ka");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_ka_kb_key" ON "order_2"("ka", "kb");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r2_model0_0_key" ON "Model3"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f1_f4_key" ON "Model3"("f1", "f4");

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "model_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model2_0_r1_model2_1_fkey" FOREIGN KEY ("r1_model2_0", "r1_model2_1") REFERENCES "order_2"("ka", "kb") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE CASCADE;
