-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DATE NOT NULL,
    "f1" INTEGER NOT NULL,
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" BIGSERIAL NOT NULL,
    "r2_model1_0" BIGINT,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" TEXT NOT NULL,
    "f0" MONEY NOT NULL,
    "r3_model0_0" UUID,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0" DATE[],
    "f1" TIME(3) NOT NULL,
    "f2" INTEGER NOT NULL,
    "f3_col" SMALLINT NOT NULL,
    "r4_model1_0" BIGINT NOT NULL,
    "r5_model0_0" UUID,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0" XML,
    "f1" DATE NOT NULL,
    "select_f2" OID[],
    "f3" CHAR(10) NOT NULL,
    "f4_col" BYTEA NOT NULL,
    "r6_model1_0" BIGINT NOT NULL,
    "r7_model3_0" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TEXT NOT NULL DEFAULT '',
    "f1" TIME(3),
    "f2" DATE,
    "select_f3" TEXT[],

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_2_r3_model0_0_key" ON "model_2"("r3_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f2_f3_col_key" ON "Model3"("f2", "f3_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f4_col_key" ON "Model4"("f4_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r7_model3_0_key" ON "Model4"("r7_model3_0");

-- CreateIndex
CREATE INDEX "Model4_f3_idx" ON "Model4"("f3");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "modèle_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model1_0_fkey" FOREIGN KEY ("r6_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r7_model3_0_fkey" FOREIGN KEY ("r7_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
