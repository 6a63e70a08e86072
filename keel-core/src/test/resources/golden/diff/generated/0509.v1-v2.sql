-- DropForeignKey
ALTER TABLE "_Model0ToModel1" DROP CONSTRAINT "_Model0ToModel1_A_fkey";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ALTER COLUMN "f0 with space" DROP NOT NULL;

-- DropTable
DROP TABLE "Model0";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TEXT NOT NULL DEFAULT 'hello',
    "f1_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f2" "Enum0" NOT NULL,
    "f3 with space" "Enum0"[],
    "f4" "Enum0" DEFAULT 'V0',
    "f5" DATE,

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model0_renamed_f2_f1_col_key" ON "model0_renamed"("f2", "f1_col");

-- CreateIndex
CREATE INDEX "Model3_f1_idx" ON "Model3"("f1");

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "model0_renamed"("id") ON DELETE CASCADE ON UPDATE CASCADE;
