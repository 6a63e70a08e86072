-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey";

-- DropForeignKey
ALTER TABLE "modèle_1" DROP CONSTRAINT "modèle_1_r1_model1_0_r1_model1_1_fkey";

-- DropForeignKey
ALTER TABLE "Model3" DROP CONSTRAINT "Model3_r2_model3_0_fkey";

-- DropForeignKey
ALTER TABLE "Model3" DROP CONSTRAINT "Model3_r3_model3_0_fkey";

-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "r0_model0_0",
DROP COLUMN "r0_model0_1";

-- AlterTable
ALTER TABLE "modèle_1" DROP COLUMN "r1_model1_0",
DROP COLUMN "r1_model1_1";

-- DropTable
DROP TABLE "Model3";
