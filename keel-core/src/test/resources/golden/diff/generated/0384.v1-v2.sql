-- CreateTable
CREATE TABLE "modèle_50" (
    "id" BIGSERIAL NOT NULL,
    "f0" TEXT,
    "f1 with space" DECIMAL(65,30),
    "f2" BYTEA,
    "f3_col" SMALLINT[],

    CONSTRAINT "modèle_50_pkey" PRIMARY KEY ("id")
);
