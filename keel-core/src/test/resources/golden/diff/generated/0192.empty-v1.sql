-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "f0" OID NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" JSON NOT NULL,
    "f1 with space" TIMESTAMP(0) NOT NULL,
    "select_f2" TEXT NOT NULL DEFAULT '',
    "f3" UUID,
    "f4" UUID,
    "select_f5" TIMESTAMPTZ(6) NOT NULL,
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("ka","kb")
);

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "modèle_1"("ka", "kb") ON DELETE RESTRICT ON UPDATE NO ACTION;
