-- AlterTable
ALTER TABLE "order" DROP COLUMN "f0 with space",
ADD COLUMN     "f0_renamed" TIME(3)[];
