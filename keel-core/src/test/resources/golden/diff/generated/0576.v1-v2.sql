-- DropForeignKey
ALTER TABLE "model_3" DROP CONSTRAINT "model_3_r4_model2_0_fkey";

-- DropForeignKey
ALTER TABLE "model_3" DROP CONSTRAINT "model_3_r5_model0_0_r5_model0_1_fkey";

-- DropForeignKey
ALTER TABLE "Model4" DROP CONSTRAINT "Model4_r6_model3_0_fkey";

-- DropTable
DROP TABLE "model_3";

-- CreateTable
CREATE TABLE "Model3" (
    "id" BIGSERIAL NOT NULL,
    "r4_model2_0" INTEGER NOT NULL,
    "r5_model0_0" INTEGER,
    "r5_model0_1" TEXT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model2_0_fkey" FOREIGN KEY ("r4_model2_0") REFERENCES "Model2"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model0_0_r5_model0_1_fkey" FOREIGN KEY ("r5_model0_0", "r5_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model3_0_fkey" FOREIGN KEY ("r6_model3_0") REFERENCES "Model3"("id") ON DELETE CASCADE ON UPDATE CASCADE;
