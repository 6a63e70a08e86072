-- AlterTable
ALTER TABLE "Model3" ALTER COLUMN "f0_col" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Added1" (
    "id" SERIAL NOT NULL,
    "f0" DATE,
    "f1" CHAR(10) NOT NULL,
    "select_f2" CHAR(10) NOT NULL,
    "f3_col" TIMESTAMPTZ(6)[],
    "f4" TIMESTAMPTZ(6)[],

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model50_f1" ON "Added1"("f1" DESC);
