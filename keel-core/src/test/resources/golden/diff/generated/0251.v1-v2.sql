-- CreateTable
CREATE TABLE "model_50" (
    "id" BIGSERIAL NOT NULL,
    "f0" "Enum0" NOT NULL,
    "f1" DOUBLE PRECISION[],
    "f2" TIMESTAMP(3) NOT NULL,
    "f3 with space" DOUBLE PRECISION[],

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("id")
);
