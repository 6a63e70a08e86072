-- AlterEnum
BEGIN;
CREATE TYPE "enum_1_type_new" AS ENUM ('V0', 'V1', 'value 2');
ALTER TABLE "model_1" ALTER COLUMN "f5 with space" DROP DEFAULT;
ALTER TABLE "model_1" ALTER COLUMN "f4 with space" TYPE "enum_1_type_new"[] USING ("f4 with space"::text::"enum_1_type_new"[]);
ALTER TABLE "model_1" ALTER COLUMN "f5 with space" TYPE "enum_1_type_new" USING ("f5 with space"::text::"enum_1_type_new");
ALTER TYPE "enum_1_type" RENAME TO "enum_1_type_old";
ALTER TYPE "enum_1_type_new" RENAME TO "enum_1_type";
DROP TYPE "enum_1_type_old";
ALTER TABLE "model_1" ALTER COLUMN "f5 with space" SET DEFAULT 'V0';
COMMIT;
