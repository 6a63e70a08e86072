-- AlterEnum
BEGIN;
CREATE TYPE "Enum0_new" AS ENUM ('V0');
ALTER TYPE "Enum0" RENAME TO "Enum0_old";
ALTER TYPE "Enum0_new" RENAME TO "Enum0";
DROP TYPE "Enum0_old";
COMMIT;

-- CreateTable
CREATE TABLE "Added1" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMP(3),

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
