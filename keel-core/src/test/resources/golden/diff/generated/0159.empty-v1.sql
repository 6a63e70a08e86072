-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "enum_0_type" AS ENUM ('V0', 'value 1', 'V2');

-- CreateTable
CREATE TABLE "model_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" MONEY NOT NULL,
    "f1" SMALLINT[],
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" TEXT NOT NULL,
    "f0 with space" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f1" INTEGER NOT NULL,
    "f2" BIT(8) NOT NULL,
    "select_f3" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BIT(8)[],
    "r1_model0_0" VARCHAR(30) NOT NULL,
    "r2_model0_0" VARCHAR(30),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M3" (
    "A" VARCHAR(30) NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_M3_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f0_key" ON "model_0"("f0");

-- CreateIndex
CREATE INDEX "model_1_f0 with space_idx" ON "model_1" USING HASH ("f0 with space");

-- CreateIndex
CREATE INDEX "_M3_B_index" ON "_M3"("B");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_A_fkey" FOREIGN KEY ("A") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_B_fkey" FOREIGN KEY ("B") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
