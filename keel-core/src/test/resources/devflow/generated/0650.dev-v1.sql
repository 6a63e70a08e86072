-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" INTEGER NOT NULL,
    "f0_col" TEXT DEFAULT '',
    "r2_model0_0" UUID,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" SERIAL NOT NULL,
    "r3_model2_0" INTEGER NOT NULL,
    "r4_model1_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" SERIAL NOT NULL,
    "select_f0" "Enum0" DEFAULT 'value 0',
    "f1" "Enum0" NOT NULL DEFAULT 'value 0',
    "select_f2" "Enum0" DEFAULT 'value 0',

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_2_r2_model0_0_key" ON "model_2"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r4_model1_0_key" ON "Model3"("r4_model1_0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "model_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;
