-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" XML[],
    "f1" INTEGER NOT NULL,
    "f2 with space" BIGINT DEFAULT 9007199254740993,
    "f3" TIME(3),
    "f4" DOUBLE PRECISION,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" SMALLINT NOT NULL,
    "f1" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f2" VARBIT(16),
    "f3_col" XML[],
    "f4" TIMESTAMPTZ(6),
    "r2_model1_0" VARCHAR(30),
    "r3_model1_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" JSON[],
    "f1" TEXT DEFAULT 'hello',
    "f2" BOOLEAN NOT NULL,
    "f3" JSONB[],
    "r4_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" INTEGER NOT NULL,
    "f0" BYTEA,
    "f1" TIMETZ(2),
    "f2" INET NOT NULL,
    "f3_col" CHAR(10) NOT NULL,
    "r5_model3_0" INTEGER,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" INTEGER NOT NULL,
    "f0 with space" CHAR(10),
    "f1" TIMESTAMP(3),
    "f2" VARBIT(16),
    "select_f3" SMALLINT NOT NULL,
    "f4" REAL NOT NULL DEFAULT 0.25,
    "r6_model2_0" UUID NOT NULL,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f1_key" ON "Model0"("f1");

-- CreateIndex
CREATE INDEX "Model0_f1_idx" ON "Model0"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f0_f1_key" ON "Model1"("f0", "f1");

-- CreateIndex
CREATE INDEX "Model3_f3_col_idx" ON "Model3"("f3_col");

-- CreateIndex
CREATE INDEX "modèle_4_select_f3_f4_idx" ON "modèle_4"("select_f3", "f4");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model3_0_fkey" FOREIGN KEY ("r5_model3_0") REFERENCES "Model3"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r6_model2_0_fkey" FOREIGN KEY ("r6_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
