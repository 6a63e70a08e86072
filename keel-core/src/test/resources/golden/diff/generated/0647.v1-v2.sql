-- DropTable
DROP TABLE "model_3";
