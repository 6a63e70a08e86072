-- AlterEnum
BEGIN;
CREATE TYPE "Enum0_new" AS ENUM ('V0');
ALTER TABLE "model_2" ALTER COLUMN "f2" DROP DEFAULT;
ALTER TABLE "model_2" ALTER COLUMN "f1" TYPE "Enum0_new" USING ("f1"::text::"Enum0_new");
ALTER TABLE "model_2" ALTER COLUMN "f2" TYPE "Enum0_new" USING ("f2"::text::"Enum0_new");
ALTER TYPE "Enum0" RENAME TO "Enum0_old";
ALTER TYPE "Enum0_new" RENAME TO "Enum0";
DROP TYPE "Enum0_old";
ALTER TABLE "model_2" ALTER COLUMN "f2" SET DEFAULT 'V0';
COMMIT;

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" DROP COLUMN "select_f1",
ADD COLUMN     "f1" TEXT NOT NULL;
