-- AlterEnum
BEGIN;
CREATE TYPE "Enum0_new" AS ENUM ('V0', 'V1', 'V2');
ALTER TABLE "model_3" ALTER COLUMN "f2" TYPE "Enum0_new" USING ("f2"::text::"Enum0_new");
ALTER TABLE "model_3" ALTER COLUMN "f4" TYPE "Enum0_new"[] USING ("f4"::text::"Enum0_new"[]);
ALTER TYPE "Enum0" RENAME TO "Enum0_old";
ALTER TYPE "Enum0_new" RENAME TO "Enum0";
DROP TYPE "Enum0_old";
COMMIT;
