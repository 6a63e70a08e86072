-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r0_model0_0_fkey";

-- DropTable
DROP TABLE "model_0";

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" MONEY NOT NULL,
    "f1" XML,
    "f2" BIT(8),
    "f3" DECIMAL(10,2) NOT NULL,
    "select_f4" "Enum0" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
