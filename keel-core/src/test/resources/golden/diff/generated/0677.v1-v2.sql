-- CreateTable
CREATE TABLE "model_50" (
    "id" INTEGER NOT NULL,
    "f0" INET,
    "f1_col" BOOLEAN[],
    "f2" DECIMAL(10,2) NOT NULL,
    "f3" JSON NOT NULL,

    CONSTRAINT "model_50_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_50_f2_key" ON "model_50"("f2");
