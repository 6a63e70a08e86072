-- CreateTable
CREATE TABLE "Added1" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
