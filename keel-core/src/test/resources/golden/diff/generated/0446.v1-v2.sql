-- DropIndex
DROP INDEX "Model 5 with space_kb_idx";
