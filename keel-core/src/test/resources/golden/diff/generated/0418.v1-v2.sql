-- CreateTable
CREATE TABLE "modèle_50" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INET,
    "f1 with space" XML NOT NULL,
    "f2" VARBIT(16),

    CONSTRAINT "modèle_50_pkey" PRIMARY KEY ("id")
);
