-- DropForeignKey
ALTER TABLE "order_1" DROP CONSTRAINT "order_1_r1_model0_0_fkey";

-- AlterTable
ALTER TABLE "model_0" ADD COLUMN     "select_g0" TEXT[];

-- DropTable
DROP TABLE "order_1";

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0_col" VARCHAR(191) DEFAULT 'it''s',
    "f1" UUID NOT NULL,
    "f2" DOUBLE PRECISION[],
    "f3_col" MONEY NOT NULL,
    "f4" INTEGER NOT NULL,
    "r1_model0_0" UUID NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Added2" (
    "id" SERIAL NOT NULL,
    "f0" MONEY NOT NULL,
    "select_f1" TIMETZ(2),
    "f2_col" OID NOT NULL,
    "f3" DOUBLE PRECISION NOT NULL,
    "f4" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Added2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Added2_f0_key" ON "Added2"("f0");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
