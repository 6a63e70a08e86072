-- DropForeignKey
ALTER TABLE "model_1" DROP CONSTRAINT "model_1_r2_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "model_1" DROP CONSTRAINT "model_1_r3_model1_0_fkey";

-- DropTable
DROP TABLE "model_1";

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" INTEGER,
    "f1" XML,
    "f2" VARBIT(16)[],
    "f3" OID[],
    "f4" BIGINT[],
    "r2_model0_0" INTEGER NOT NULL,
    "r3_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
