-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BIT(8),
    "f1" "Enum1"[],
    "f2" SMALLINT NOT NULL,
    "f3" TEXT,

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 50 with space_f2_idx" ON "Model 50 with space"("f2");
