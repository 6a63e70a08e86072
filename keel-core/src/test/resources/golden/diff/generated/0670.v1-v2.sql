-- DropTable
DROP TABLE "Model2";
