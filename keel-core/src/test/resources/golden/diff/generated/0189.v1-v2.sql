-- AlterTable
ALTER TABLE "Model0" ALTER COLUMN "f0" SET NOT NULL;

-- CreateTable
CREATE TABLE "Added1" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
