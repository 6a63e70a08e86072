-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f1" MONEY,
    "select_f2" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "select_f3" TIMESTAMP(0) NOT NULL,
    "r0_model0_0" BIGINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" OID,
    "f1" TIMETZ(2) NOT NULL,
    "f2_col" DATE NOT NULL,
    "f3 with space" BYTEA[],
    "select_f4" INTEGER NOT NULL,
    "f5" DECIMAL(10,2) NOT NULL,
    "r1_model0_0" BIGINT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_select_f2_key" ON "Model0"("select_f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r1_model0_0_key" ON "Model1"("r1_model0_0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
