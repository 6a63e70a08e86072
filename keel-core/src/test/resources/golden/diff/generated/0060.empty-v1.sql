-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0" SMALLINT NOT NULL DEFAULT -5,
    "f1" INTEGER[],
    "f2_col" TIMETZ(2)[],
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0 with space" INTEGER,
    "f1_col" SMALLINT NOT NULL DEFAULT -5,
    "f2 with space" BYTEA,
    "f3" TIMETZ(2) NOT NULL,
    "f4_col" DECIMAL(10,2) NOT NULL DEFAULT 0,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model1_f1_col_f3_idx" ON "Model1"("f1_col", "f3");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
