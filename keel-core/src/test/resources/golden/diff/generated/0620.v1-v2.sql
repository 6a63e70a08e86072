-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_0";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARCHAR(191) NOT NULL,

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "model0_renamed"("f0" DESC);
