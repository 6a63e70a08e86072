-- CreateTable
CREATE TABLE "Added1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "f1_col" MONEY NOT NULL,
    "f2" TIMESTAMP(0) NOT NULL,
    "f3 with space" TIME(3)[],

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
