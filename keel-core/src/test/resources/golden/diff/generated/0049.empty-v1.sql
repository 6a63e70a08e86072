-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" BIGINT,
    "f1" BIT(8),
    "f2" TIME(3),
    "select_f3" BOOLEAN[],
    "f4_col" INTEGER NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TEXT NOT NULL,
    "f1" MONEY,
    "select_f2" BIT(8)[],
    "r1_model1_0" UUID,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" SERIAL NOT NULL,
    "f0_col" BIGINT NOT NULL,
    "f1" VARBIT(16),
    "r2_model0_0" INTEGER NOT NULL,
    "r2_model0_1" TEXT NOT NULL,
    "r3_model2_0" INTEGER,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" BIGSERIAL NOT NULL,
    "f0" SMALLINT,
    "r4_model3_0" BIGINT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f0_col_key" ON "Model2"("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_r2_model0_0_r2_model0_1_key" ON "Model2"("r2_model0_0", "r2_model0_1");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "model_0"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "model_0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE CASCADE;
