-- AlterEnum
BEGIN;
CREATE TYPE "Enum0_new" AS ENUM ('V0', 'V1');
ALTER TABLE "modèle_3" ALTER COLUMN "select_f1" DROP DEFAULT;
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ALTER COLUMN "f4" TYPE "Enum0_new" USING ("f4"::text::"Enum0_new");
ALTER TABLE "modèle_3" ALTER COLUMN "select_f1" TYPE "Enum0_new" USING ("select_f1"::text::"Enum0_new");
ALTER TABLE "Model4" ALTER COLUMN "f0" TYPE "Enum0_new" USING ("f0"::text::"Enum0_new");
ALTER TYPE "Enum0" RENAME TO "Enum0_old";
ALTER TYPE "Enum0_new" RENAME TO "Enum0";
DROP TYPE "Enum0_old";
ALTER TABLE "modèle_3" ALTER COLUMN "select_f1" SET DEFAULT 'V0';
COMMIT;
