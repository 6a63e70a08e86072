-- CreateEnum
CREATE TYPE "Enum11" AS ENUM ('V0', 'V1');

-- DropForeignKey
ALTER TABLE "order" DROP CONSTRAINT "order_r0_model0_0_r0_model0_1_fkey";

-- AlterTable
ALTER TABLE "order" DROP COLUMN "r0_model0_0",
DROP COLUMN "r0_model0_1",
ALTER COLUMN "f0" SET NOT NULL;
