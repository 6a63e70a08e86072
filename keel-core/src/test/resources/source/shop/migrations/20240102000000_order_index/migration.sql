-- CreateIndex
CREATE INDEX CONCURRENTLY "orders_userId_status_idx" ON "orders"("userId", "status");
