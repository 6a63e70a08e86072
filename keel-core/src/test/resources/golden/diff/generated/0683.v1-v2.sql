-- DropTable
DROP TABLE "Model 0 with space";

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" UUID NOT NULL,
    "select_g0" TIMETZ(2),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);
