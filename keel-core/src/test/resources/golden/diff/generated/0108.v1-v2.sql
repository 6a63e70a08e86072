-- AlterTable
ALTER TABLE "Model0" ADD COLUMN     "g1 with space" OID,
ADD COLUMN     "select_g0" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "model_1" DROP COLUMN "f1_col",
ADD COLUMN     "f1_renamed" VARCHAR(191)[];
