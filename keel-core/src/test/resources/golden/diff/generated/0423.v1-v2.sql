-- DropForeignKey
ALTER TABLE "order_4" DROP CONSTRAINT "order_4_r3_model1_0_fkey";

-- DropTable
DROP TABLE "model_0";

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "select_f0" DOUBLE PRECISION,
    "f1" TEXT DEFAULT 'hello',
    "f2" BIT(8)[],
    "f3" DATE,
    "select_f4" MONEY NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_select_f4_key" ON "Model0"("select_f4");

-- AddForeignKey
ALTER TABLE "order_4" ADD CONSTRAINT "order_4_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "model_1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
