-- CreateTable
CREATE TABLE "Added1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f1 with space" OID NOT NULL,
    "select_f2" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Added1_f1 with space_key" ON "Added1"("f1 with space");
