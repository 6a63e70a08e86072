-- DropIndex
DROP INDEX "Idx_email_idx";

-- DropIndex
DROP INDEX "Idx_data_idx";

-- CreateIndex
CREATE INDEX "Idx_email_idx" ON "Idx"("email") WHERE (active AND score > 0);

-- CreateIndex
CREATE INDEX "Idx_data_idx" ON "Idx" USING GIN ("data");

-- RenameIndex
ALTER INDEX "score_hash" RENAME TO "score_hash2";
