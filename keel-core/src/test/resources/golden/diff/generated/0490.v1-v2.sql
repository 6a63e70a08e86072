-- CreateTable
CREATE TABLE "model_50" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DECIMAL(65,30),
    "select_f1" DOUBLE PRECISION,
    "f2 with space" VARBIT(16)[],

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("id")
);
