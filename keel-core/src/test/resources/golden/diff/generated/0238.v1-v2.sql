-- AlterEnum
BEGIN;
CREATE TYPE "Enum0_new" AS ENUM ('V0', 'V1');
ALTER TYPE "Enum0" RENAME TO "Enum0_old";
ALTER TYPE "Enum0_new" RENAME TO "Enum0";
DROP TYPE "Enum0_old";
COMMIT;

-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey";

-- DropForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" DROP CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey";

-- DropForeignKey
ALTER TABLE "_Model0ToModel1" DROP CONSTRAINT "_Model0ToModel1_B_fkey";

-- DropTable
DROP TABLE "a_table_name_long_enough_to_push_index_names_past_63_1";

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL,
    "select_f1" INTEGER,
    "f2 with space" DATE,
    "f3_col" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f4" REAL DEFAULT 0.25,
    "f5" DECIMAL(10,2),
    "r0_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
