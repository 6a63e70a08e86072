-- DropForeignKey
ALTER TABLE "Model3" DROP CONSTRAINT "Model3_r2_model1_0_fkey";

-- DropForeignKey
ALTER TABLE "modèle_4" DROP CONSTRAINT "modèle_4_r4_model1_0_fkey";

-- DropForeignKey
ALTER TABLE "_M5" DROP CONSTRAINT "_M5_B_fkey";

-- DropTable
DROP TABLE "Model1";

-- CreateTable
CREATE TABLE "model1_renamed" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "model1_renamed_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model1_renamed"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "model1_renamed"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M5" ADD CONSTRAINT "_M5_B_fkey" FOREIGN KEY ("B") REFERENCES "model1_renamed"("id") ON DELETE CASCADE ON UPDATE CASCADE;
