-- AlterEnum
BEGIN;
CREATE TYPE "enum_0_type_new" AS ENUM ('value 0');
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ALTER COLUMN "f4_col" TYPE "enum_0_type_new" USING ("f4_col"::text::"enum_0_type_new");
ALTER TYPE "enum_0_type" RENAME TO "enum_0_type_old";
ALTER TYPE "enum_0_type_new" RENAME TO "enum_0_type";
DROP TYPE "enum_0_type_old";
COMMIT;

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "f0";

-- CreateTable
CREATE TABLE "Added1" (
    "id" BIGSERIAL NOT NULL,
    "f0" UUID NOT NULL,
    "f1" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Added1_f0_key" ON "Added1"("f0");
