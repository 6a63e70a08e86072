-- CreateEnum
CREATE TYPE "Enum12" AS ENUM ('V0', 'V1');

-- AlterEnum
BEGIN;
CREATE TYPE "enum_0_type_new" AS ENUM ('V0');
ALTER TABLE "order_1" ALTER COLUMN "f0" DROP DEFAULT;
ALTER TABLE "Model3" ALTER COLUMN "f3" DROP DEFAULT;
ALTER TABLE "order_1" ALTER COLUMN "f0" TYPE "enum_0_type_new" USING ("f0"::text::"enum_0_type_new");
ALTER TABLE "Model3" ALTER COLUMN "f1" TYPE "enum_0_type_new"[] USING ("f1"::text::"enum_0_type_new"[]);
ALTER TABLE "Model3" ALTER COLUMN "f3" TYPE "enum_0_type_new" USING ("f3"::text::"enum_0_type_new");
ALTER TYPE "enum_0_type" RENAME TO "enum_0_type_old";
ALTER TYPE "enum_0_type_new" RENAME TO "enum_0_type";
DROP TYPE "enum_0_type_old";
ALTER TABLE "order_1" ALTER COLUMN "f0" SET DEFAULT 'V0';
ALTER TABLE "Model3" ALTER COLUMN "f3" SET DEFAULT 'V0';
COMMIT;

-- DropIndex
DROP INDEX "idx_model0_f1";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f1",
ADD COLUMN     "f1" TIMESTAMPTZ(6) NOT NULL;
