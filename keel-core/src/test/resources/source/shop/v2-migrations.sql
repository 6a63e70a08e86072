-- AlterEnum
BEGIN;
CREATE TYPE "public"."Status_new" AS ENUM ('OPEN', 'PAID', 'SHIPPED');
ALTER TABLE "orders" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE "public"."Status_new" USING ("status"::text::"public"."Status_new");
ALTER TYPE "public"."Status" RENAME TO "Status_old";
ALTER TYPE "public"."Status_new" RENAME TO "Status";
DROP TYPE "Status_old";
ALTER TABLE "public"."orders" ALTER COLUMN "status" SET DEFAULT 'OPEN';
COMMIT;

-- AlterTable
ALTER TABLE "public"."User" DROP COLUMN "age";

-- CreateIndex
CREATE UNIQUE INDEX "Tag_label_key" ON "public"."Tag"("label" ASC);
