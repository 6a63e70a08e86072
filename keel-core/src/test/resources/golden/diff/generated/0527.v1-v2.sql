-- AlterTable
ALTER TABLE "model_1" DROP COLUMN "f1";

-- CreateTable
CREATE TABLE "Added1" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" "Enum0" NOT NULL DEFAULT 'value 0',
    "f1" VARBIT(16) NOT NULL,
    "f2" "Enum1" NOT NULL DEFAULT 'value 0',
    "f3" BIT(8) NOT NULL,
    "f4" INTEGER[],

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
