-- DropForeignKey
ALTER TABLE "model_1" DROP CONSTRAINT "model_1_r2_model1_0_fkey";

-- DropTable
DROP TABLE "model_1";

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0" TIME(3) NOT NULL,
    "f1" TIMESTAMP(0),
    "f2" DECIMAL(10,2),
    "r2_model1_0" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_model1_f0" ON "Model1"("f0" DESC);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
