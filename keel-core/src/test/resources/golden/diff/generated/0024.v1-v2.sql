-- CreateTable
CREATE TABLE "Added1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(65,30) NOT NULL,
    "f1" DATE[],
    "f2 with space" TIMESTAMPTZ(6) NOT NULL,
    "f3" UUID NOT NULL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "idx_model50_f0" ON "Added1"("f0" DESC);
