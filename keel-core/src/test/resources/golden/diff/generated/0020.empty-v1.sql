-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateEnum
CREATE TYPE "Enum1" AS ENUM ('V0', 'value 1', 'V2');

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" VARCHAR(30) NOT NULL,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" JSON,
    "f1" "Enum0" DEFAULT 'V0',
    "f2" JSONB,
    "select_f3" INTEGER NOT NULL,
    "f4" "Enum1",
    "f5" TIMESTAMPTZ(6) NOT NULL,
    "r2_model1_0" UUID,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0_col" "Enum0" NOT NULL DEFAULT 'V0',
    "r3_model0_0" VARCHAR(30) NOT NULL,
    "r4_model2_0" UUID,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" BOOLEAN NOT NULL,
    "f1" DECIMAL(10,2)[],
    "f2" VARBIT(16),
    "f3" DATE,
    "select_f4" UUID,
    "f5" INTEGER DEFAULT 0,
    "r5_model3_0" VARCHAR(30),

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" INTEGER NOT NULL,
    "f0_col" TIMESTAMP(3) NOT NULL,
    "f1" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M6" (
    "A" VARCHAR(30) NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_M6_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_f0_col_key" ON "Model 2 with space"("f0_col");

-- CreateIndex
CREATE INDEX "Model 2 with space_f0_col_idx" ON "Model 2 with space"("f0_col");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f0 with space_key" ON "Model3"("f0 with space");

-- CreateIndex
CREATE INDEX "Model3_f0 with space_idx" ON "Model3" USING HASH ("f0 with space");

-- CreateIndex
CREATE INDEX "_M6_B_index" ON "_M6"("B");

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "modèle_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_1" ADD CONSTRAINT "model_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "Model3"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_M6" ADD CONSTRAINT "_M6_A_fkey" FOREIGN KEY ("A") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M6" ADD CONSTRAINT "_M6_B_fkey" FOREIGN KEY ("B") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
