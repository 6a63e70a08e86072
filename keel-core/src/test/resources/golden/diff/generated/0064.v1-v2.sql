-- AlterEnum
BEGIN;
CREATE TYPE "enum_1_type_new" AS ENUM ('V0', 'V1', 'V2');
ALTER TYPE "enum_1_type" RENAME TO "enum_1_type_old";
ALTER TYPE "enum_1_type_new" RENAME TO "enum_1_type";
DROP TYPE "enum_1_type_old";
COMMIT;

-- DropIndex
DROP INDEX "Model0_select_f0_key";

-- DropIndex
DROP INDEX "idx_model0_f0";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "select_f0",
ADD COLUMN     "f0" JSON;
