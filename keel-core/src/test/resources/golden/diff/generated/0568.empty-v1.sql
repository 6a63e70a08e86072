-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" BYTEA NOT NULL,
    "f1" BIT(8),
    "f2" VARBIT(16),
    "f3" INET[],
    "f4" TIME(3)[],
    "f5" TIME(3) NOT NULL,
    "r2_model0_0" UUID,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_1_kb_key" ON "model_1"("kb");

-- CreateIndex
CREATE UNIQUE INDEX "model_1_r2_model0_0_key" ON "model_1"("r2_model0_0");

-- CreateIndex
CREATE INDEX "model_1_select_f0_idx" ON "model_1"("select_f0");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
