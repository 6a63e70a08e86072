-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" TEXT NOT NULL,

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);
