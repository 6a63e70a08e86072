-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "f0_col" TEXT[],
    "f1" DATE NOT NULL,
    "f2 with space" TIME(3) NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" INTEGER NOT NULL,
    "f0" BIGINT DEFAULT 9007199254740993,
    "f1" JSONB NOT NULL,
    "f2" BOOLEAN[],

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" SERIAL NOT NULL,
    "f0" VARCHAR(191),
    "f1" DATE NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model2_0" INTEGER,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INTEGER[],
    "f1" BOOLEAN NOT NULL,
    "select_f2" INTEGER,
    "f3_col" MONEY NOT NULL,
    "f4" CHAR(10) NOT NULL,
    "f5" TEXT NOT NULL,
    "r2_model2_0" INTEGER NOT NULL,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INET NOT NULL,
    "f1" TIMETZ(2) NOT NULL,
    "f2" SMALLINT NOT NULL DEFAULT -5,
    "f3" XML,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 3 with space_f1_idx" ON "Model 3 with space"("f1");

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "model_2" ADD CONSTRAINT "model_2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "model_2"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "model_2"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
