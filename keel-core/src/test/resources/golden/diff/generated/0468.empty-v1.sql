-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0" UUID,
    "f1" BYTEA,
    "f2" DOUBLE PRECISION,
    "f3" BOOLEAN NOT NULL,
    "f4 with space" DECIMAL(10,2)[],
    "f5" DATE NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BIGINT,
    "f1" DOUBLE PRECISION,
    "f2_col" BYTEA NOT NULL,
    "r1_model0_0" INTEGER,
    "r2_model0_0" INTEGER NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" TIMESTAMP(0),
    "f1 with space" SMALLINT[],
    "f2" TIMESTAMP(3)[],
    "f3" XML,
    "f4" BIGINT NOT NULL,
    "r3_model1_0" UUID,
    "r4_model2_0" BIGINT,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" TEXT NOT NULL,
    "select_f0" BIT(8),
    "f1" JSONB[],
    "f2" INTEGER[],
    "f3" JSONB DEFAULT '{}',
    "f4_col" OID,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "f0 with space" INTEGER NOT NULL DEFAULT 0,
    "f1_col" REAL[],
    "f2 with space" INTEGER NOT NULL DEFAULT 42,
    "f3" INTEGER DEFAULT 0,
    "r5_model1_0" UUID NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(0),
    "f1" CHAR(10),
    "select_f2" JSON NOT NULL,
    "f3" VARBIT(16),
    "f4 with space" INTEGER,
    "r6_model4_0" TEXT NOT NULL,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" INTEGER NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f3_key" ON "Model0"("f3");

-- CreateIndex
CREATE INDEX "Model0_f5_f3_idx" ON "Model0"("f5", "f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r1_model0_0_key" ON "Model1"("r1_model0_0");

-- CreateIndex
CREATE INDEX "model_2_f4_idx" ON "model_2"("f4");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f2 with space_key" ON "Model4"("f2 with space");

-- CreateIndex
CREATE INDEX "Model4_f2 with space_idx" ON "Model4" USING HASH ("f2 with space");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "model_2"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model1_0_fkey" FOREIGN KEY ("r5_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r6_model4_0_fkey" FOREIGN KEY ("r6_model4_0") REFERENCES "Model4"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
