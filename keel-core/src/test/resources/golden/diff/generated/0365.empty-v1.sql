-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "modèle_0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0_col" SMALLINT NOT NULL DEFAULT -5,
    "f1" TIMESTAMP(0) NOT NULL,
    "f2 with space" DOUBLE PRECISION NOT NULL,
    "f3" VARCHAR(191),
    "f4" VARBIT(16),
    "f5" BOOLEAN[],

    CONSTRAINT "modèle_0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "f1" INTEGER[],
    "select_f2" TIME(3),
    "f3" VARBIT(16)[],
    "r0_model1_0" INTEGER,
    "r0_model1_1" TEXT,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_0_f0_col_f2 with space_key" ON "modèle_0"("f0_col", "f2 with space");

-- CreateIndex
CREATE INDEX "idx_model1_ka" ON "order_1"("ka" DESC);

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model1_0_r0_model1_1_fkey" FOREIGN KEY ("r0_model1_0", "r0_model1_1") REFERENCES "order_1"("ka", "kb") ON DELETE SET NULL ON UPDATE SET NULL;
