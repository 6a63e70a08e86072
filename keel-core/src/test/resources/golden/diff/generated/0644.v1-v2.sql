-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" JSON,
    "f1" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "f2 with space" VARBIT(16) NOT NULL,
    "select_f3" DATE NOT NULL,
    "f4" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "select_f5" TIMESTAMP(0),

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);
