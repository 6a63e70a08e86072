-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" UUID[],
    "f1" INET[],
    "f2_col" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f3" JSON,
    "r0_model0_0" UUID,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" CHAR(10),
    "select_f1" TIMESTAMPTZ(6) NOT NULL,
    "f2" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" INTEGER NOT NULL,
    "select_f0" VARBIT(16)[],
    "f1" OID NOT NULL,
    "f2 with space" DATE[],
    "f3" BYTEA NOT NULL,
    "f4 with space" BIT(8) NOT NULL,
    "f5" OID,
    "r1_model2_0" INTEGER,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f4 with space_key" ON "modèle_2"("f4 with space");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "modèle_2"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
