-- CreateTable
CREATE TABLE "model_50" (
    "id" SERIAL NOT NULL,
    "f0 with space" INTEGER DEFAULT 42,
    "f1" JSONB[],

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("id")
);
