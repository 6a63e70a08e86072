-- DropTable
DROP TABLE "Model0";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMPTZ(6),
    "f1" DECIMAL(10,2) NOT NULL,
    "f2" XML,
    "f3" DECIMAL(10,2) DEFAULT 0,
    "f4" BYTEA,
    "f5" BYTEA NOT NULL,

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("id")
);
