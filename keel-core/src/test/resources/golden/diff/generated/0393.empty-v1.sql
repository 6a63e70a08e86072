-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" JSONB[],
    "f1" TEXT NOT NULL DEFAULT 'hello',
    "f2" CHAR(10),
    "f3_col" DATE[],
    "f4_col" CHAR(10) NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TEXT NOT NULL DEFAULT '',
    "select_f1" TIMESTAMP(0),
    "f2 with space" JSON,
    "r1_model1_0" UUID,
    "r2_model1_0" UUID,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DATE,
    "f1" DOUBLE PRECISION,
    "f2 with space" DECIMAL(65,30) NOT NULL,
    "select_f3" BIGINT DEFAULT 9007199254740993,
    "f4 with space" VARCHAR(191) NOT NULL,
    "r3_model0_0" INTEGER,
    "r3_model0_1" TEXT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIME(3) NOT NULL,
    "f1" VARCHAR(191),
    "f2" TIMETZ(2)[],
    "f3" XML NOT NULL,
    "f4 with space" BIT(8),
    "select_f5" TIMETZ(2) NOT NULL,
    "r4_model0_0" INTEGER NOT NULL,
    "r4_model0_1" TEXT NOT NULL,
    "r5_model1_0" UUID,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f1_f4_col_key" ON "Model0"("f1", "f4_col");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_f0_key" ON "order_3"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_r5_model1_0_key" ON "order_3"("r5_model1_0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r4_model0_0_r4_model0_1_fkey" FOREIGN KEY ("r4_model0_0", "r4_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "modèle_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
