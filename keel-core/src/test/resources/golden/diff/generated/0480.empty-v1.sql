-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "f1" BYTEA NOT NULL,
    "f2" TEXT[],
    "f3" INTEGER,
    "f4 with space" INTEGER NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "r1_model1_0" INTEGER,
    "r2_model0_0" INTEGER,
    "r2_model0_1" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BOOLEAN NOT NULL DEFAULT false,
    "f1" BYTEA,
    "f2" BIGINT[],
    "f3" DATE,
    "f4" JSONB NOT NULL,
    "r3_model0_0" INTEGER,
    "r3_model0_1" TEXT,
    "r4_model0_0" INTEGER,
    "r4_model0_1" TEXT,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_r4_model0_0_r4_model0_1_key" ON "modèle_2"("r4_model0_0", "r4_model0_1");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "order"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_r2_model0_1_fkey" FOREIGN KEY ("r2_model0_0", "r2_model0_1") REFERENCES "order"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "order"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r4_model0_0_r4_model0_1_fkey" FOREIGN KEY ("r4_model0_0", "r4_model0_1") REFERENCES "order"("ka", "kb") ON DELETE CASCADE ON UPDATE RESTRICT;
