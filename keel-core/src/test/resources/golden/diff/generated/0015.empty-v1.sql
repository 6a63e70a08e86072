-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BOOLEAN[],
    "f1" SMALLINT,
    "r0_model0_0" UUID,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIT(8),
    "f1" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" INTEGER NOT NULL,
    "f0 with space" OID NOT NULL,
    "f1" BYTEA[],
    "select_f2" OID,
    "f3" TIMESTAMP(3) NOT NULL,
    "f4_col" INET NOT NULL,
    "f5_col" DATE NOT NULL,
    "r1_model2_0" INTEGER,
    "r2_model0_0" UUID,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_kb_key" ON "Model1"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "model_2_f4_col_key" ON "model_2"("f4_col");

-- CreateIndex
CREATE INDEX "model_2_f4_col_idx" ON "model_2" USING HASH ("f4_col");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "model_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
