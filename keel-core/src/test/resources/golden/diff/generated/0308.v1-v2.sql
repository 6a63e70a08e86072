-- DropForeignKey
ALTER TABLE "Model4" DROP CONSTRAINT "Model4_r4_model4_0_fkey";

-- DropTable
DROP TABLE "Model4";
