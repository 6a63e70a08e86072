-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" XML NOT NULL,
    "f1_col" DOUBLE PRECISION,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" SERIAL NOT NULL,
    "f0_col" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f1" MONEY NOT NULL,
    "select_f2" BIT(8) NOT NULL,
    "select_f3" JSONB DEFAULT '{}',
    "f4" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f5" DECIMAL(10,2),
    "r1_model1_0" INTEGER,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" SERIAL NOT NULL,
    "f0" XML,
    "f1" CHAR(10),
    "f2" MONEY,
    "f3" REAL DEFAULT 0.25,
    "f4" TIMESTAMP(0) NOT NULL,
    "r2_model1_0" INTEGER,
    "r3_model0_0" INTEGER,
    "r3_model0_1" TEXT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0_col" BYTEA,
    "select_f1" INET NOT NULL,
    "f2" SMALLINT DEFAULT -5,
    "select_f3" BYTEA[],
    "f4_col" MONEY,
    "r4_model3_0" TEXT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "order_1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "Model3"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
