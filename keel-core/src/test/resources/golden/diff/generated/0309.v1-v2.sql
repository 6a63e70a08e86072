-- DropTable
DROP TABLE "Model0";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("id")
);
