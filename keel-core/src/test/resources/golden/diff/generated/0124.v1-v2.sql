-- AlterEnum
BEGIN;
CREATE TYPE "Enum1_new" AS ENUM ('V0', 'value 1');
ALTER TYPE "Enum1" RENAME TO "Enum1_old";
ALTER TYPE "Enum1_new" RENAME TO "Enum1";
DROP TYPE "Enum1_old";
COMMIT;

-- CreateTable
CREATE TABLE "Added1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" "Enum0" DEFAULT 'V0',
    "f1" BOOLEAN NOT NULL,
    "f2" INTEGER,
    "f3" BIT(8),
    "f4" BIT(8)[],
    "f5" BIT(8)[],

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
