-- AlterEnum
BEGIN;
CREATE TYPE "Enum0_new" AS ENUM ('value 0', 'V1');
ALTER TABLE "modèle_0" ALTER COLUMN "f2_col" DROP DEFAULT;
ALTER TABLE "Model4" ALTER COLUMN "f1" DROP DEFAULT;
ALTER TABLE "modèle_0" ALTER COLUMN "f2_col" TYPE "Enum0_new" USING ("f2_col"::text::"Enum0_new");
ALTER TABLE "Model 1 with space" ALTER COLUMN "f0" TYPE "Enum0_new" USING ("f0"::text::"Enum0_new");
ALTER TABLE "Model 1 with space" ALTER COLUMN "f5_col" TYPE "Enum0_new"[] USING ("f5_col"::text::"Enum0_new"[]);
ALTER TABLE "Model4" ALTER COLUMN "f0_col" TYPE "Enum0_new"[] USING ("f0_col"::text::"Enum0_new"[]);
ALTER TABLE "Model4" ALTER COLUMN "f1" TYPE "Enum0_new" USING ("f1"::text::"Enum0_new");
ALTER TYPE "Enum0" RENAME TO "Enum0_old";
ALTER TYPE "Enum0_new" RENAME TO "Enum0";
DROP TYPE "Enum0_old";
ALTER TABLE "modèle_0" ALTER COLUMN "f2_col" SET DEFAULT 'value 0';
ALTER TABLE "Model4" ALTER COLUMN "f1" SET DEFAULT 'value 0';
COMMIT;

-- CreateIndex
CREATE INDEX "Model 1 with space_f2_idx" ON "Model 1 with space"("f2");
