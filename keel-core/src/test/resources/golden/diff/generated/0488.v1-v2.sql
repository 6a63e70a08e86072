-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "r0_model0_0";

-- CreateTable
CREATE TABLE "Added1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" REAL DEFAULT 0.25,
    "f1" DATE,
    "f2" TIMESTAMP(0) NOT NULL,
    "f3 with space" JSON NOT NULL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Added1_f2_idx" ON "Added1" USING HASH ("f2");
