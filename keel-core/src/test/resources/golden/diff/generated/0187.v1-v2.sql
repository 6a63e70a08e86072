-- CreateTable
CREATE TABLE "Added1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "select_f0" "Enum0"[],
    "f1" DECIMAL(65,30) DEFAULT 12.5,
    "f2" "Enum0",
    "f3" "Enum1" NOT NULL DEFAULT 'V0',
    "f4" XML NOT NULL,
    "f5" BIGINT DEFAULT 9007199254740993,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "Added1_f3_ka_idx" ON "Added1"("f3", "ka");
