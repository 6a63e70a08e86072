-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0" DATE,
    "f1" BOOLEAN,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "f0" JSON NOT NULL,
    "f1" JSON NOT NULL,
    "f2" DATE NOT NULL,
    "f3" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "r2_model1_0" BIGINT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" SERIAL NOT NULL,
    "select_f0" SMALLINT,
    "f1" BIT(8),
    "f2" BIT(8),
    "f3" INET,
    "f4" BIT(8),
    "f5" MONEY[],
    "r3_model2_0" INTEGER,
    "r4_model1_0" BIGINT,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "id" BIGSERIAL NOT NULL,
    "f0" BIT(8) NOT NULL,
    "f1" TIMETZ(2),
    "f2" INTEGER NOT NULL DEFAULT 42,
    "f3" INET NOT NULL,
    "f4" DECIMAL(10,2),

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" XML,
    "f1" INET,
    "r5_model3_0" BIGINT,

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f3_key" ON "Model1"("f3");

-- CreateIndex
CREATE INDEX "Model1_f3_idx" ON "Model1"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_3_f3_key" ON "modèle_3"("f3");

-- CreateIndex
CREATE INDEX "modèle_3_f2_f3_idx" ON "modèle_3"("f2", "f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model 4 with space_r5_model3_0_key" ON "Model 4 with space"("r5_model3_0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "modèle_3"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
