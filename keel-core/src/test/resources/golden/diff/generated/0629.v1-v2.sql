-- AlterEnum
BEGIN;
CREATE TYPE "Enum0_new" AS ENUM ('value 0');
ALTER TABLE "Model1" ALTER COLUMN "f0" TYPE "Enum0_new"[] USING ("f0"::text::"Enum0_new"[]);
ALTER TYPE "Enum0" RENAME TO "Enum0_old";
ALTER TYPE "Enum0_new" RENAME TO "Enum0";
DROP TYPE "Enum0_old";
COMMIT;

-- AlterTable
ALTER TABLE "model_3" DROP COLUMN "select_f0";
