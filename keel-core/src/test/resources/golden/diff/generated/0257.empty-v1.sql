-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" TEXT NOT NULL,
    "f0_col" OID,
    "f1 with space" CHAR(10)[],
    "f2" INTEGER,
    "f3" INET,
    "f4_col" DECIMAL(10,2) NOT NULL,
    "r0_model0_0" TEXT,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "select_f0" JSON,
    "r1_model0_0" TEXT NOT NULL,
    "r2_model1_0" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "model_0_f4_col_idx" ON "model_0"("f4_col");

-- AddForeignKey
ALTER TABLE "model_0" ADD CONSTRAINT "model_0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model_0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
