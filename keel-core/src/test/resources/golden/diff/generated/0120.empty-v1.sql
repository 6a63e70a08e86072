-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" JSON,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" VARCHAR(191),
    "f1" BYTEA,
    "f2" MONEY[],
    "f3 with space" UUID,
    "f4 with space" OID,
    "f5 with space" TIMESTAMP(0) NOT NULL,
    "r0_model0_0" VARCHAR(30) NOT NULL,
    "r1_model1_0" VARCHAR(30),

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "select_f0" MONEY,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" JSONB NOT NULL,
    "f1_col" BIT(8)[],

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" SERIAL NOT NULL,
    "f0_col" SMALLINT[],
    "select_f1" VARCHAR(191),
    "select_f2" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "f3" TIMESTAMPTZ(6)[],
    "f4 with space" TEXT,
    "f5 with space" BIGINT[],
    "r2_model0_0" VARCHAR(30),

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M3" (
    "A" VARCHAR(30) NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_M3_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_r2_model0_0_key" ON "modèle_4"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_select_f2_key" ON "modèle_4"("select_f2");

-- CreateIndex
CREATE INDEX "_M3_B_index" ON "_M3"("B");

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_A_fkey" FOREIGN KEY ("A") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_B_fkey" FOREIGN KEY ("B") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
