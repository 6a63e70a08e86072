-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "f3_col";

-- DropTable
DROP TABLE "modèle_2";

-- CreateTable
CREATE TABLE "Model2" (
    "id" INTEGER NOT NULL,
    "f0" BIT(8)[],
    "f1" VARBIT(16) NOT NULL,
    "f2" BIGINT DEFAULT 9007199254740993,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_50" (
    "id" TEXT NOT NULL,
    "f0" TEXT,
    "f1_col" "Enum0" NOT NULL,
    "select_f2" TIME(3)[],

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model2_f1_idx" ON "Model2"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "model_50_f1_col_key" ON "model_50"("f1_col");
