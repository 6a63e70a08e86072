-- AlterEnum
BEGIN;
CREATE TYPE "Enum0_new" AS ENUM ('V0', 'V1');
ALTER TYPE "Enum0" RENAME TO "Enum0_old";
ALTER TYPE "Enum0_new" RENAME TO "Enum0";
DROP TYPE "Enum0_old";
COMMIT;

-- DropForeignKey
ALTER TABLE "Model 0 with space" DROP CONSTRAINT "Model 0 with space_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model 0 with space" DROP COLUMN "r0_model0_0";
