-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0" TIME(3),
    "f1 with space" VARBIT(16),
    "f2_col" TEXT[],
    "f3" INTEGER,
    "f4" DECIMAL(65,30) DEFAULT 12.5,
    "f5" DOUBLE PRECISION,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" INTEGER NOT NULL,
    "f0 with space" REAL NOT NULL DEFAULT 0.25,
    "r1_model0_0" INTEGER,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
