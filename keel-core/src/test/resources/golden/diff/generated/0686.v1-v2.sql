-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey";

-- DropForeignKey
ALTER TABLE "Model2" DROP CONSTRAINT "Model2_r2_model1_0_fkey";

-- DropForeignKey
ALTER TABLE "Model5" DROP CONSTRAINT "Model5_r5_model4_0_fkey";

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_1";

-- DropTable
DROP TABLE "Model5";

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" BIT(8)[],
    "f1 with space" JSON,
    "f2" INET NOT NULL,
    "r0_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model5_renamed" (
    "id" BIGSERIAL NOT NULL,
    "f1" MONEY NOT NULL,
    "f2_col" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f3" TIMESTAMP(0),
    "f4_col" TIMESTAMPTZ(6) NOT NULL,
    "r5_model4_0" INTEGER,

    CONSTRAINT "model5_renamed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f2_key" ON "Model1"("f2");

-- CreateIndex
CREATE INDEX "idx_model5_f1" ON "model5_renamed"("f1" DESC);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model2" ADD CONSTRAINT "Model2_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model5_renamed" ADD CONSTRAINT "model5_renamed_r5_model4_0_fkey" FOREIGN KEY ("r5_model4_0") REFERENCES "modèle_4"("id") ON DELETE SET NULL ON UPDATE CASCADE;
