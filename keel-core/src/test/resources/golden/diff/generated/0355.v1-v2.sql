-- AlterTable
ALTER TABLE "Model0" DROP COLUMN "f0 with space";

-- CreateTable
CREATE TABLE "Added1" (
    "id" INTEGER NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "f1" "Enum0" NOT NULL DEFAULT 'value 0',
    "f2" JSONB DEFAULT '{}',

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
