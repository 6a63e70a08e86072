-- CreateTable
CREATE TABLE "Added1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0" NOT NULL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Added1_f0_key" ON "Added1"("f0");
