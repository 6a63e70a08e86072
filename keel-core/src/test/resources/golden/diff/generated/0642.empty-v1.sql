-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1" VARCHAR(191) DEFAULT 'it''s',
    "r0_model0_0" INTEGER,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" TIME(3),
    "select_f1" TIME(3),
    "f2 with space" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" INET,
    "f1" BIT(8),
    "f2" OID,
    "f3" DECIMAL(65,30)[],
    "f4_col" CHAR(10),
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("ka","kb")
);

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
