-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" SMALLINT[],
    "f1" DATE,
    "f2" INET NOT NULL,
    "f3" BYTEA NOT NULL,
    "f4" VARCHAR(191) DEFAULT 'it''s',
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" SMALLINT DEFAULT -5,
    "f1" REAL[],
    "f2" BIT(8) NOT NULL,
    "f3" BOOLEAN NOT NULL,
    "f4" JSONB,
    "f5 with space" DOUBLE PRECISION NOT NULL,
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMP(3)[],
    "f1" UUID NOT NULL,
    "f2" JSONB DEFAULT '{}',
    "select_f3" REAL,
    "f4" DOUBLE PRECISION NOT NULL,
    "f5" VARBIT(16) NOT NULL,
    "r2_model0_0" VARCHAR(30),

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_f3_key" ON "Model 0 with space"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_f5_key" ON "order_3"("f5");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "Model1"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;
