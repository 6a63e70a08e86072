-- AlterTable
ALTER TABLE "modèle_0" ADD COLUMN     "g0" VARBIT(16);

-- DropTable
DROP TABLE "order_1";

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "enum_0_type" NOT NULL,
    "f1" XML NOT NULL,
    "f2" DECIMAL(10,2),
    "select_f3" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "f4" BOOLEAN,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f0_key" ON "Model1"("f0");
