-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DOUBLE PRECISION[],
    "r0_model0_0" UUID,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "select_f0" SMALLINT,
    "r1_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" CHAR(10),
    "f1" INTEGER NOT NULL,
    "f2" BOOLEAN NOT NULL DEFAULT false,
    "f3" BYTEA[],
    "f4" BIT(8)[],
    "r2_model1_0" INTEGER NOT NULL,
    "r3_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" BIGSERIAL NOT NULL,
    "f0" UUID NOT NULL,
    "f1" BOOLEAN NOT NULL DEFAULT false,
    "f2 with space" BYTEA,
    "f3" UUID,
    "r4_model3_0" BIGINT,
    "r5_model0_0" UUID,

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_f0_key" ON "modèle_3"("f0");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "modèle_3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
