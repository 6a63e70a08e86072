-- CreateTable
CREATE TABLE "Added1" (
    "id" BIGSERIAL NOT NULL,
    "f0" BIGINT NOT NULL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
