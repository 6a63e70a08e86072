-- DropForeignKey
ALTER TABLE "model_2" DROP CONSTRAINT "model_2_r1_model2_0_fkey";

-- DropForeignKey
ALTER TABLE "model_2" DROP CONSTRAINT "model_2_r2_model2_0_fkey";

-- AlterTable
ALTER TABLE "model_1" ALTER COLUMN "f2_col" SET NOT NULL;

-- DropTable
DROP TABLE "model_2";

-- CreateTable
CREATE TABLE "Model2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" DECIMAL(10,2),
    "f1" "enum_0_type" NOT NULL DEFAULT 'V0',
    "f2" BYTEA NOT NULL,
    "f3_col" SMALLINT[],
    "r1_model2_0" UUID,
    "r2_model2_0" UUID,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "Model2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "Model2"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
