-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" BOOLEAN,
    "f2" SMALLINT NOT NULL DEFAULT -5,
    "f3" INTEGER NOT NULL,
    "f4" SMALLINT NOT NULL,
    "f5 with space" BYTEA NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" TEXT,
    "f1 with space" OID[],
    "f2" BYTEA NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" INTEGER DEFAULT 0,
    "f1_col" REAL NOT NULL DEFAULT 0.25,
    "r1_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" JSONB,
    "f1 with space" MONEY[],
    "f2" TEXT,
    "f3" TIME(3),
    "r2_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" INTEGER NOT NULL,
    "f0" XML NOT NULL,
    "f1 with space" DATE[],
    "f2 with space" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f3 with space" BIGINT[],
    "select_f4" REAL,
    "r3_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r4_model0_0" VARCHAR(30) NOT NULL,
    "r5_model3_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f3_key" ON "Model0"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r0_model0_0_key" ON "Model1"("r0_model0_0");

-- CreateIndex
CREATE INDEX "order_4_f2 with space_idx" ON "order_4" USING HASH ("f2 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model5_r5_model3_0_key" ON "Model5"("r5_model3_0");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
