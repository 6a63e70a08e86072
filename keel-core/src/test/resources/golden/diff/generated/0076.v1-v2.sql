-- AlterEnum
BEGIN;
CREATE TYPE "Enum1_new" AS ENUM ('V0', 'V1');
ALTER TYPE "Enum1" RENAME TO "Enum1_old";
ALTER TYPE "Enum1_new" RENAME TO "Enum1";
DROP TYPE "Enum1_old";
COMMIT;

-- AlterTable
ALTER TABLE "order" ADD COLUMN     "g0" UUID NOT NULL;

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" DROP COLUMN "f1",
ADD COLUMN     "f1" BOOLEAN[];
