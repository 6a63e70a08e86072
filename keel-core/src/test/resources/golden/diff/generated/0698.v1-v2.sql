-- DropForeignKey
ALTER TABLE "modèle_1" DROP CONSTRAINT "modèle_1_r2_model1_0_fkey";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "f1",
ADD COLUMN     "f1" DOUBLE PRECISION;

-- DropTable
DROP TABLE "modèle_1";

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" "enum_0_type" NOT NULL,
    "select_f1" OID,
    "f2" BOOLEAN,
    "f3_col" "enum_0_type"[],
    "r2_model1_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_0_f0_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_0"("f0");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
