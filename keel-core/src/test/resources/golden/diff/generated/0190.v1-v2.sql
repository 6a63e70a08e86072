-- CreateTable
CREATE TABLE "Added1" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
