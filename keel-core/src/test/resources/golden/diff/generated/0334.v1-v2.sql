-- AlterTable
ALTER TABLE "Model 3 with space" ALTER COLUMN "f2" SET NOT NULL;

-- DropTable
DROP TABLE "Model2";

-- CreateTable
CREATE TABLE "model2_renamed" (
    "id" TEXT NOT NULL,

    CONSTRAINT "model2_renamed_pkey" PRIMARY KEY ("id")
);
