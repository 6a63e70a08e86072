-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" VARBIT(16) NOT NULL,
    "select_f1" INTEGER,
    "f2" DOUBLE PRECISION NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_1" (
    "id" SERIAL NOT NULL,
    "f0" JSON,
    "f1" BIGINT NOT NULL,
    "f2" DECIMAL(65,30) DEFAULT 12.5,
    "f3 with space" DECIMAL(10,2)[],
    "f4" DECIMAL(65,30) NOT NULL,
    "r1_model0_0" VARCHAR(30) NOT NULL,
    "r2_model0_0" VARCHAR(30),

    CONSTRAINT "modèle_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" TIMESTAMP(0),
    "f1_col" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f2" BYTEA[],
    "f3" DATE NOT NULL,
    "f4" DECIMAL(10,2),
    "f5" TIMESTAMP(0) NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "modèle_1_f4_idx" ON "modèle_1"("f4");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_2_f1_col_f5_key" ON "modèle_2"("f1_col", "f5");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_1" ADD CONSTRAINT "modèle_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;
