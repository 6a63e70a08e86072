-- CreateTable
CREATE TABLE "Added1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" VARBIT(16) NOT NULL,
    "f1_col" TIMESTAMP(3)[],
    "f2" TIMESTAMP(0),

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
