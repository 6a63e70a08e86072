-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r1_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r2_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "Model2" DROP CONSTRAINT "Model2_r4_model1_0_fkey";

-- DropTable
DROP TABLE "Model1";

-- CreateTable
CREATE TABLE "model1_renamed" (
    "id" BIGSERIAL NOT NULL,
    "f0" DECIMAL(65,30),
    "f1_col" DATE,
    "f2 with space" TEXT[],
    "select_f3" DOUBLE PRECISION,
    "f4 with space" DOUBLE PRECISION DEFAULT 1.5,
    "f5_col" BYTEA NOT NULL,
    "r1_model0_0" BIGINT NOT NULL,
    "r2_model0_0" BIGINT,

    CONSTRAINT "model1_renamed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f3_key" ON "Model0"("f3");

-- AddForeignKey
ALTER TABLE "model1_renamed" ADD CONSTRAINT "model1_renamed_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model1_renamed" ADD CONSTRAINT "model1_renamed_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "model1_renamed"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
