-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r1_model1_0_fkey";

-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r2_model0_0_fkey";

-- DropTable
DROP TABLE "Model1";

-- DropTable
DROP TABLE "model_3";

-- CreateTable
CREATE TABLE "model1_renamed" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum1" NOT NULL,
    "f1_col" SMALLINT,
    "f2" "Enum0",
    "r1_model1_0" UUID,
    "r2_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "model1_renamed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model1_renamed_r2_model0_0_key" ON "model1_renamed"("r2_model0_0");

-- AddForeignKey
ALTER TABLE "model1_renamed" ADD CONSTRAINT "model1_renamed_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "model1_renamed"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model1_renamed" ADD CONSTRAINT "model1_renamed_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
