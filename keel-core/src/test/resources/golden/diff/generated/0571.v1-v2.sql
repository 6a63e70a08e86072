-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r1_model1_0_fkey";

-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r2_model0_0_fkey";

-- DropTable
DROP TABLE "Model1";

-- CreateTable
CREATE TABLE "model1_renamed" (
    "id" INTEGER NOT NULL,
    "r1_model1_0" INTEGER,
    "r2_model0_0" UUID NOT NULL,

    CONSTRAINT "model1_renamed_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "model1_renamed" ADD CONSTRAINT "model1_renamed_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "model1_renamed"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model1_renamed" ADD CONSTRAINT "model1_renamed_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
