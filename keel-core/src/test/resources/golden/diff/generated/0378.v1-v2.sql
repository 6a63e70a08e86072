-- AlterEnum
BEGIN;
CREATE TYPE "enum_0_type_new" AS ENUM ('V0');
ALTER TABLE "Model 5 with space" ALTER COLUMN "select_f0" TYPE "enum_0_type_new" USING ("select_f0"::text::"enum_0_type_new");
ALTER TYPE "enum_0_type" RENAME TO "enum_0_type_old";
ALTER TYPE "enum_0_type_new" RENAME TO "enum_0_type";
DROP TYPE "enum_0_type_old";
COMMIT;

-- AlterTable
ALTER TABLE "modèle_0" ALTER COLUMN "f0" SET NOT NULL;
