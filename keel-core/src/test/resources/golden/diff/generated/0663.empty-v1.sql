-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIME(3) NOT NULL,
    "f1" DECIMAL(10,2),
    "f2" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f3" BIGINT[],
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" TEXT,
    "select_f1" DOUBLE PRECISION NOT NULL,
    "f2" BIT(8),
    "f3" TIMESTAMP(0),
    "f4_col" INTEGER,
    "r2_model0_0" VARCHAR(30),
    "r3_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" INTEGER NOT NULL DEFAULT 0,
    "select_f1" INTEGER[],
    "f2" DECIMAL(65,30) NOT NULL,
    "f3" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "select_f4" INTEGER,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMP(0),
    "f1" BOOLEAN,
    "f2" TEXT DEFAULT '',
    "f3_col" TIMESTAMP(0)[],
    "f4" MONEY NOT NULL,
    "r4_model2_0" INTEGER NOT NULL,
    "r4_model2_1" TEXT NOT NULL,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" DECIMAL(65,30)[],
    "f1" XML,
    "select_f2" INET NOT NULL,
    "f3" UUID,
    "r5_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_r2_model0_0_key" ON "Model 1 with space"("r2_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_f2_key" ON "Model 2 with space"("f2");

-- CreateIndex
CREATE INDEX "idx_model2_f2" ON "Model 2 with space"("f2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model3_ka_key" ON "Model3"("ka");

-- CreateIndex
CREATE INDEX "idx_model3_kb" ON "Model3"("kb" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model3_r4_model2_0_r4_model2_1_key" ON "Model3"("r4_model2_0", "r4_model2_1");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_select_f2_key" ON "Model4"("select_f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model4_r5_model0_0_key" ON "Model4"("r5_model0_0");

-- CreateIndex
CREATE INDEX "Model4_select_f2_idx" ON "Model4"("select_f2");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r4_model2_0_r4_model2_1_fkey" FOREIGN KEY ("r4_model2_0", "r4_model2_1") REFERENCES "Model 2 with space"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
