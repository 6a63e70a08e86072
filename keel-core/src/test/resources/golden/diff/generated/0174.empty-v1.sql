-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0 with space" DECIMAL(10,2) NOT NULL,
    "f1 with space" BYTEA[],
    "f2 with space" JSON NOT NULL,
    "f3 with space" VARBIT(16),
    "f4 with space" REAL[],
    "f5" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "r0_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f5_key" ON "Model0"("f5");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
