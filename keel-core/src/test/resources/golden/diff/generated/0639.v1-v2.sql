-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);
