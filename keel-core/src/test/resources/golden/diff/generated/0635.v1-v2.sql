-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);
