-- AlterTable
ALTER TABLE "order_1" DROP COLUMN "f1_col",
ADD COLUMN     "f1 with space" XML[];

-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f1" BYTEA,
    "f2" XML NOT NULL,
    "f3" "Enum0" DEFAULT 'V0',
    "f4" BOOLEAN,
    "f5" TEXT NOT NULL,

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);
