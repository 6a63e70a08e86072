-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" SERIAL NOT NULL,
    "f0" VARBIT(16) NOT NULL,
    "f1" REAL NOT NULL,
    "f2" "enum_0_type" NOT NULL,
    "f3" DECIMAL(65,30) NOT NULL,
    "f4" "enum_0_type",
    "f5" XML NOT NULL,

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 50 with space_f2_idx" ON "Model 50 with space" USING HASH ("f2");
