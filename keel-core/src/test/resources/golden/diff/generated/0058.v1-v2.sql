-- DropForeignKey
ALTER TABLE "Model 2 with space" DROP CONSTRAINT "Model 2 with space_r1_model1_0_fkey";

-- DropTable
DROP TABLE "Model 2 with space";

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" INTEGER DEFAULT 0,
    "f1_col" REAL NOT NULL DEFAULT 0.25,
    "r1_model1_0" INTEGER NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
