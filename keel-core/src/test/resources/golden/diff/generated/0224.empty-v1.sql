-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" BIGINT,
    "f1" DECIMAL(65,30) NOT NULL,
    "f2" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f3" BIT(8),
    "f4 with space" DATE NOT NULL,
    "f5" TIMESTAMP(3),
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" INTEGER,
    "f1" TIME(3)[],

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DECIMAL(10,2) NOT NULL,
    "f1" BOOLEAN,
    "r2_model1_0" VARCHAR(30) NOT NULL,
    "r3_model2_0" UUID,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "r4_model3_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" VARCHAR(30) NOT NULL,
    "r5_model4_0" VARCHAR(30),

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f1_key" ON "Model0"("f1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "modèle_2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model3_0_fkey" FOREIGN KEY ("r4_model3_0") REFERENCES "Model3"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r5_model4_0_fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "Model 4 with space"("id") ON DELETE CASCADE ON UPDATE SET NULL;
