-- CreateTable
CREATE TABLE "Added1" (
    "id" SERIAL NOT NULL,
    "f0" TIMESTAMP(0),

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
