-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" TEXT NOT NULL,
    "f0" CHAR(10),
    "f1 with space" INET NOT NULL,
    "f2" "Enum1" DEFAULT 'V0',
    "f3" DOUBLE PRECISION NOT NULL,
    "f4" BOOLEAN NOT NULL,

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 50 with space_f1 with space_idx" ON "Model 50 with space" USING HASH ("f1 with space");
