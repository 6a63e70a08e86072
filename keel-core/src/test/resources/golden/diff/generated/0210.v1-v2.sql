-- DropForeignKey
ALTER TABLE "Model3" DROP CONSTRAINT "Model3_r4_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "Model3" DROP CONSTRAINT "Model3_r5_model3_0_fkey";

-- AlterTable
ALTER TABLE "model_4" ADD COLUMN     "r100_model4_0" BIGINT;

-- DropTable
DROP TABLE "Model3";

-- CreateTable
CREATE TABLE "model3_renamed" (
    "id" INTEGER NOT NULL,
    "f0" VARBIT(16) NOT NULL,
    "f1" BIGINT,
    "r4_model0_0" INTEGER,
    "r5_model3_0" INTEGER,

    CONSTRAINT "model3_renamed_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "model3_renamed" ADD CONSTRAINT "model3_renamed_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model3_renamed" ADD CONSTRAINT "model3_renamed_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "model3_renamed"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_4" ADD CONSTRAINT "model_4_r100_model4_0_fkey" FOREIGN KEY ("r100_model4_0") REFERENCES "model_4"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
