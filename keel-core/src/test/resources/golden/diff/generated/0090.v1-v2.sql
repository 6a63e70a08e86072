-- AlterEnum
ALTER TYPE "Enum0" ADD VALUE 'W0';

-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "_M1" DROP CONSTRAINT "_M1_A_fkey";

-- DropTable
DROP TABLE "Model0";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "id" TEXT NOT NULL,

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "_M1" ADD CONSTRAINT "_M1_A_fkey" FOREIGN KEY ("A") REFERENCES "model0_renamed"("id") ON DELETE CASCADE ON UPDATE CASCADE;
