-- AlterEnum
BEGIN;
CREATE TYPE "enum_0_type_new" AS ENUM ('value 0');
ALTER TYPE "enum_0_type" RENAME TO "enum_0_type_old";
ALTER TYPE "enum_0_type_new" RENAME TO "enum_0_type";
DROP TYPE "enum_0_type_old";
COMMIT;
