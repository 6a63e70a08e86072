-- DropForeignKey
ALTER TABLE "model_0" DROP CONSTRAINT "model_0_r0_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "model_2" DROP CONSTRAINT "model_2_r2_model0_0_fkey";

-- DropTable
DROP TABLE "model_0";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BOOLEAN[],
    "f1" SMALLINT,
    "r0_model0_0" UUID,
    "g0" VARBIT(16) NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
