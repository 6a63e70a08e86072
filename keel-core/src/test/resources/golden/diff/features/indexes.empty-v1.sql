-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Idx" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "score" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "tags" TEXT[],
    "ip" INET NOT NULL,
    "created" TIMESTAMP(3) NOT NULL,
    "deleted" TIMESTAMP(3),

    CONSTRAINT "idx_pk" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Composite" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,
    "c" INTEGER NOT NULL,

    CONSTRAINT "Composite_pkey" PRIMARY KEY ("a","b")
);

-- CreateIndex
CREATE UNIQUE INDEX "email_uq" ON "Idx"("email" DESC);

-- CreateIndex
CREATE INDEX "Idx_email_idx" ON "Idx"("email") WHERE (active);

-- CreateIndex
CREATE INDEX "Idx_score_created_idx" ON "Idx"("score" DESC, "created");

-- CreateIndex
CREATE INDEX "Idx_data_idx" ON "Idx" USING GIN ("data" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Idx_tags_idx" ON "Idx" USING GIN ("tags" array_ops);

-- CreateIndex
CREATE INDEX "Idx_ip_idx" ON "Idx" USING SPGIST ("ip" inet_ops);

-- CreateIndex
CREATE INDEX "Idx_created_idx" ON "Idx" USING BRIN ("created" timestamp_minmax_ops);

-- CreateIndex
CREATE INDEX "score_hash" ON "Idx" USING HASH ("score");

-- CreateIndex
CREATE UNIQUE INDEX "live_email_score" ON "Idx"("email", "score") WHERE ("deleted" IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "Idx_active_score_key" ON "Idx"("active", "score");

-- CreateIndex
CREATE INDEX "comp_c_a" ON "Composite"("c", "a");
