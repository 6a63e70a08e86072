-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" CHAR(10)[],
    "f1" TEXT NOT NULL,
    "select_f2" MONEY[],

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 0 with space_ka_key" ON "Model 0 with space"("ka");
