-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" VARCHAR(191) NOT NULL,
    "f1 with space" TIMESTAMP(0) NOT NULL,
    "r0_model0_0" UUID,

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "modèle_0" ADD CONSTRAINT "modèle_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "modèle_0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
