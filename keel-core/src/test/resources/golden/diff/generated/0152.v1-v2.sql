-- CreateTable
CREATE TABLE "Added1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" VARBIT(16) NOT NULL,
    "f1" BIT(8),
    "f2" BIT(8) NOT NULL,
    "f3" INTEGER,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
