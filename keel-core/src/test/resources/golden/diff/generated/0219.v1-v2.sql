-- CreateTable
CREATE TABLE "Added1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" VARBIT(16),
    "f1" MONEY NOT NULL,
    "f2" TEXT NOT NULL,
    "f3" XML NOT NULL,
    "f4_col" "enum_0_type" NOT NULL DEFAULT 'V0',

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Added2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" REAL NOT NULL,
    "f1" "enum_0_type",
    "f2" DECIMAL(65,30),

    CONSTRAINT "Added2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Added1_f4_col_key" ON "Added1"("f4_col");

-- CreateIndex
CREATE INDEX "Added1_f4_col_idx" ON "Added1" USING HASH ("f4_col");
