-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('value 0', 'V1');

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BYTEA NOT NULL,
    "f1" MONEY[],
    "f2_col" BIT(8),
    "f3" TEXT DEFAULT 'hello',
    "f4" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" TEXT NOT NULL,
    "f0" TEXT,
    "f1" "enum_0_type" NOT NULL DEFAULT 'value 0',
    "f2 with space" JSONB DEFAULT '{}',
    "f3" "enum_0_type" DEFAULT 'value 0',
    "f4" "enum_0_type"[],
    "f5" VARBIT(16),
    "r2_model1_0" TEXT,
    "r3_model0_0" UUID,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f4_key" ON "Model0"("f4");

-- CreateIndex
CREATE INDEX "Model0_f0_f4_idx" ON "Model0"("f0", "f4");

-- CreateIndex
CREATE INDEX "modèle_1_f1_idx" ON "modèle_1" USING HASH ("f1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "modèle_1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
