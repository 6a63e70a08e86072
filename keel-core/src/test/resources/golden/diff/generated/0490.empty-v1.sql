-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "f0 with space" XML NOT NULL,
    "f1" JSONB NOT NULL,
    "f2" TIMESTAMP(0) NOT NULL,
    "r0_model0_0" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
