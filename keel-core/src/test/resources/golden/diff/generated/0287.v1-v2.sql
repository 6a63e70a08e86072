-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r4__fkey";

-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_r5__fkey";

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_4";

-- CreateTable
CREATE TABLE "Model4" (
    "id" SERIAL NOT NULL,
    "f0" BOOLEAN DEFAULT false,
    "f1" DOUBLE PRECISION NOT NULL,
    "f2" CHAR(10) NOT NULL,
    "f3" VARCHAR(191) DEFAULT 'it''s',
    "f4" JSON NOT NULL,
    "r4_model4_0" INTEGER,
    "r5_model0_0" INTEGER NOT NULL,
    "r5_model0_1" TEXT NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model4_f1_key" ON "Model4"("f1");

-- CreateIndex
CREATE INDEX "Model4_f2_idx" ON "Model4" USING HASH ("f2");

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model4_0_fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "Model4"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model0_0_r5_model0_1_fkey" FOREIGN KEY ("r5_model0_0", "r5_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;
