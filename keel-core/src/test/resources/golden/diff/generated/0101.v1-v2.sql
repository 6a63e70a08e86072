-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey";

-- DropForeignKey
ALTER TABLE "Model 1 with space" DROP CONSTRAINT "Model 1 with space_r1_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "Model 1 with space" DROP CONSTRAINT "Model 1 with space_r2_model0_0_fkey";

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_0";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DATE,
    "f1" DECIMAL(10,2) DEFAULT 0,
    "f2" VARBIT(16) NOT NULL,
    "r0_model0_0" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model0_f2_idx" ON "Model0" USING HASH ("f2");

-- CreateIndex
CREATE INDEX "Model 1 with space_f3_idx" ON "Model 1 with space"("f3");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
