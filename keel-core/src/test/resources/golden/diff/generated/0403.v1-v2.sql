-- AlterEnum
BEGIN;
CREATE TYPE "Enum0_new" AS ENUM ('value 0');
ALTER TABLE "Model4" ALTER COLUMN "f3" DROP DEFAULT;
ALTER TABLE "order_1" ALTER COLUMN "f1" TYPE "Enum0_new" USING ("f1"::text::"Enum0_new");
ALTER TABLE "order_1" ALTER COLUMN "f2" TYPE "Enum0_new" USING ("f2"::text::"Enum0_new");
ALTER TABLE "order_1" ALTER COLUMN "f3" TYPE "Enum0_new" USING ("f3"::text::"Enum0_new");
ALTER TABLE "Model 2 with space" ALTER COLUMN "f0" TYPE "Enum0_new"[] USING ("f0"::text::"Enum0_new"[]);
ALTER TABLE "Model4" ALTER COLUMN "f3" TYPE "Enum0_new" USING ("f3"::text::"Enum0_new");
ALTER TYPE "Enum0" RENAME TO "Enum0_old";
ALTER TYPE "Enum0_new" RENAME TO "Enum0";
DROP TYPE "Enum0_old";
ALTER TABLE "Model4" ALTER COLUMN "f3" SET DEFAULT 'value 0';
COMMIT;
