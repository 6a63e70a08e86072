-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "kind_0" AS ENUM ('VALUE_1', 'VALUE_2', 'value-3', 'VALUE_4', 'VALUE_5', 'VALUE_6', 'VALUE_7');

-- CreateEnum
CREATE TYPE "Kind1" AS ENUM ('VALUE_1', 'VALUE_2', 'value-3');

-- CreateEnum
CREATE TYPE "Kind2" AS ENUM ('VALUE_1', 'value-2', 'VALUE_3', 'VALUE_4');

-- CreateTable
CREATE TABLE "Account0" (
    "id" SERIAL NOT NULL,
    "title0" INTEGER NOT NULL DEFAULT 0,
    "note1" INTEGER[],
    "country2" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "phone3" INTEGER NOT NULL DEFAULT 0,
    "code4" VARCHAR(120) NOT NULL,
    "amount5" INTEGER[],
    "payload6" INTEGER NOT NULL DEFAULT 0,
    "opened7" DATE,
    "kind" "kind_0" NOT NULL DEFAULT 'value-3',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order1" (
    "id" UUID NOT NULL,
    "opened0" SMALLINT,
    "payload1" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "total2" VARCHAR(120) NOT NULL,
    "flag3" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice2" (
    "id" UUID NOT NULL,
    "rank0" DATE,
    "title1" TEXT NOT NULL,
    "payload2" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "metadata3" REAL NOT NULL,
    "quantity4" BIGINT NOT NULL,
    "payload5" REAL NOT NULL,
    "note6" VARCHAR(120) NOT NULL,
    "summary7" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "price8" DATE NOT NULL,
    "label9" SMALLINT NOT NULL,
    "active10" REAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,
    "parent1Id" UUID,

    CONSTRAINT "Invoice2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product3" (
    "id" SERIAL NOT NULL,
    "summary0" VARCHAR(120),
    "summary1" TEXT NOT NULL DEFAULT '',
    "price2" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "weight3" JSONB,
    "rank4" JSONB NOT NULL,
    "name5" JSONB NOT NULL,
    "payload6" BYTEA NOT NULL,
    "kind" "kind_0" NOT NULL DEFAULT 'VALUE_4',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,

    CONSTRAINT "Product3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipment4" (
    "id" SERIAL NOT NULL,
    "opened0" TEXT NOT NULL DEFAULT '',
    "active1" SMALLINT,
    "summary2" BIGINT,
    "price3" INTEGER[],
    "digest4" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,

    CONSTRAINT "shipment4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket5" (
    "id" UUID NOT NULL,
    "digest0" SMALLINT NOT NULL,
    "summary1" REAL NOT NULL,
    "version2" BIGINT,
    "email3" TEXT[],
    "code4" INTEGER NOT NULL DEFAULT 0,
    "code5" REAL,
    "summary6" TEXT NOT NULL DEFAULT '',
    "weight7" TEXT NOT NULL,
    "reference8" SMALLINT NOT NULL,
    "kind" "Kind1" NOT NULL DEFAULT 'value-3',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ticket5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment6" (
    "id" UUID NOT NULL,
    "closed0" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "total1" TEXT,
    "label2" TEXT[],
    "active3" TEXT[],
    "price4" TEXT[],
    "flag5" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "version6" DATE NOT NULL,
    "title7" INTEGER[],
    "name8" INTEGER NOT NULL DEFAULT 0,
    "email9" TEXT,
    "payload10" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "reference11" INTEGER NOT NULL DEFAULT 0,
    "code12" REAL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment6_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review7" (
    "id" UUID NOT NULL,
    "weight0" DATE NOT NULL,
    "digest1" INTEGER NOT NULL DEFAULT 0,
    "score2" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rank3" INTEGER NOT NULL DEFAULT 0,
    "height4" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Review7_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coupon8" (
    "id" SERIAL NOT NULL,
    "name0" BIGINT,
    "code1" BYTEA NOT NULL,
    "closed2" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "opened3" VARCHAR(120) NOT NULL,
    "name4" TEXT NOT NULL,
    "opened5" JSONB,
    "summary6" INTEGER NOT NULL DEFAULT 0,
    "version7" BIGINT NOT NULL,
    "payload8" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "coupon8_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "warehouse9" (
    "id" SERIAL NOT NULL,
    "metadata0" JSONB NOT NULL,
    "total1" INTEGER NOT NULL DEFAULT 0,
    "amount2" SMALLINT NOT NULL,
    "color3" TEXT NOT NULL,
    "flag4" SMALLINT,
    "phone5" REAL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,
    "parent1Id" UUID,
    "parent2Id" INTEGER NOT NULL,

    CONSTRAINT "warehouse9_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supplier10" (
    "id" SERIAL NOT NULL,
    "flag0" REAL NOT NULL,
    "price1" BOOLEAN NOT NULL DEFAULT false,
    "weight2" BOOLEAN NOT NULL DEFAULT false,
    "digest3" JSONB NOT NULL,
    "color4" TEXT[],
    "digest5" SMALLINT NOT NULL,
    "city6" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "active7" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "quantity8" BOOLEAN NOT NULL DEFAULT false,
    "opened9" REAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Supplier10_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category11" (
    "id" SERIAL NOT NULL,
    "slug0" BIGINT NOT NULL,
    "score1" TEXT NOT NULL,
    "title2" BOOLEAN NOT NULL DEFAULT false,
    "name3" JSONB NOT NULL,
    "slug4" SMALLINT NOT NULL,
    "label5" TEXT NOT NULL,
    "weight6" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "label7" BOOLEAN NOT NULL DEFAULT false,
    "price8" INTEGER[],
    "rank9" BOOLEAN NOT NULL DEFAULT false,
    "kind" "Kind1" NOT NULL DEFAULT 'value-3',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Category11_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign12" (
    "id" SERIAL NOT NULL,
    "color0" JSONB,
    "opened1" SMALLINT NOT NULL,
    "label2" JSONB NOT NULL,
    "note3" INTEGER NOT NULL DEFAULT 0,
    "payload4" INTEGER NOT NULL DEFAULT 0,
    "version5" JSONB,
    "active6" TEXT NOT NULL,
    "reference7" SMALLINT NOT NULL,
    "metadata8" BIGINT,
    "title9" BYTEA,
    "weight10" VARCHAR(120) NOT NULL,
    "city11" TEXT NOT NULL DEFAULT '',
    "payload12" BIGINT NOT NULL,
    "kind" "Kind2" NOT NULL DEFAULT 'VALUE_3',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,

    CONSTRAINT "Campaign12_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session13" (
    "id" SERIAL NOT NULL,
    "slug0" INTEGER NOT NULL DEFAULT 0,
    "color1" INTEGER NOT NULL DEFAULT 0,
    "note2" BIGINT NOT NULL,
    "score3" JSONB NOT NULL,
    "phone4" TEXT NOT NULL DEFAULT '',
    "country5" REAL,
    "status6" TEXT NOT NULL DEFAULT '',
    "summary7" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "weight8" TEXT NOT NULL DEFAULT '',
    "amount9" TEXT NOT NULL DEFAULT '',
    "code10" INTEGER[],
    "kind" "kind_0" NOT NULL DEFAULT 'VALUE_2',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,

    CONSTRAINT "Session13_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device14" (
    "id" UUID NOT NULL,
    "name0" REAL,
    "code1" VARCHAR(120) NOT NULL,
    "score2" TEXT[],
    "title3" BIGINT NOT NULL,
    "rank4" TEXT,
    "kind" "kind_0" NOT NULL DEFAULT 'VALUE_5',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID,

    CONSTRAINT "Device14_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address15" (
    "id" UUID NOT NULL,
    "version0" TEXT NOT NULL DEFAULT '',
    "flag1" JSONB NOT NULL,
    "metadata2" TEXT NOT NULL DEFAULT '',
    "payload3" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name4" DATE NOT NULL,
    "code5" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "height6" BIGINT NOT NULL,
    "version7" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER NOT NULL,

    CONSTRAINT "Address15_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract16" (
    "id" SERIAL NOT NULL,
    "price0" SMALLINT,
    "quantity1" BIGINT NOT NULL,
    "opened2" TEXT NOT NULL DEFAULT '',
    "quantity3" DATE,
    "color4" REAL,
    "active5" TEXT NOT NULL DEFAULT '',
    "name6" TEXT NOT NULL DEFAULT '',
    "color7" SMALLINT,
    "label8" BOOLEAN NOT NULL DEFAULT false,
    "code9" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contract16_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project17" (
    "id" SERIAL NOT NULL,
    "score0" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "active1" TEXT[],
    "price2" INTEGER NOT NULL DEFAULT 0,
    "reference3" TEXT NOT NULL DEFAULT '',
    "closed4" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version5" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,

    CONSTRAINT "project17_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task18" (
    "id" UUID NOT NULL,
    "reference0" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reference1" REAL NOT NULL,
    "email2" DATE,
    "title3" BYTEA,
    "closed4" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "opened5" BIGINT NOT NULL,
    "city6" BOOLEAN NOT NULL DEFAULT false,
    "closed7" BIGINT NOT NULL,
    "digest8" TEXT NOT NULL DEFAULT '',
    "label9" JSONB,
    "kind" "kind_0" NOT NULL DEFAULT 'VALUE_6',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,
    "parent1Id" INTEGER,

    CONSTRAINT "Task18_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment19" (
    "id" SERIAL NOT NULL,
    "amount0" BYTEA NOT NULL,
    "status1" INTEGER NOT NULL DEFAULT 0,
    "note2" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "note3" TEXT NOT NULL,
    "code4" TEXT NOT NULL,
    "color5" TEXT NOT NULL,
    "country6" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID,
    "parent1Id" INTEGER,
    "parent2Id" INTEGER NOT NULL,

    CONSTRAINT "comment19_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team20" (
    "id" SERIAL NOT NULL,
    "payload0" BYTEA,
    "name1" TEXT NOT NULL DEFAULT '',
    "note2" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "weight3" TEXT[],
    "kind" "kind_0" NOT NULL DEFAULT 'value-3',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER NOT NULL,
    "parent1Id" INTEGER NOT NULL,
    "parent2Id" UUID NOT NULL,

    CONSTRAINT "team20_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member21" (
    "id" SERIAL NOT NULL,
    "active0" JSONB NOT NULL,
    "opened1" INTEGER NOT NULL DEFAULT 0,
    "title2" TEXT NOT NULL DEFAULT '',
    "color3" VARCHAR(120) NOT NULL,
    "height4" TEXT NOT NULL DEFAULT '',
    "city5" INTEGER NOT NULL DEFAULT 0,
    "opened6" TEXT,
    "kind" "Kind1" NOT NULL DEFAULT 'VALUE_1',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER NOT NULL,
    "parent1Id" UUID NOT NULL,
    "parent2Id" UUID,

    CONSTRAINT "Member21_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report22" (
    "id" SERIAL NOT NULL,
    "summary0" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "note1" BOOLEAN NOT NULL DEFAULT false,
    "summary2" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "city3" TEXT NOT NULL DEFAULT '',
    "version4" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "color5" DATE,
    "code6" SMALLINT NOT NULL,
    "height7" INTEGER NOT NULL DEFAULT 0,
    "summary8" BIGINT NOT NULL,
    "code9" VARCHAR(120) NOT NULL,
    "name10" TEXT[],
    "rank11" TEXT,
    "kind" "Kind2" NOT NULL DEFAULT 'value-2',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID,
    "parent1Id" INTEGER,

    CONSTRAINT "report22_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund23" (
    "id" UUID NOT NULL,
    "slug0" INTEGER NOT NULL DEFAULT 0,
    "version1" BIGINT NOT NULL,
    "flag2" INTEGER NOT NULL DEFAULT 0,
    "opened3" REAL NOT NULL,
    "flag4" DATE,
    "total5" TEXT NOT NULL DEFAULT '',
    "city6" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "Kind2" NOT NULL DEFAULT 'value-2',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID,
    "parent1Id" INTEGER,
    "parent2Id" INTEGER NOT NULL,

    CONSTRAINT "Refund23_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vehicle24" (
    "id" SERIAL NOT NULL,
    "note0" BIGINT NOT NULL,
    "height1" JSONB,
    "label2" VARCHAR(120) NOT NULL,
    "country3" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "opened4" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "phone5" INTEGER NOT NULL DEFAULT 0,
    "price6" INTEGER NOT NULL DEFAULT 0,
    "color7" BYTEA,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,
    "parent1Id" INTEGER NOT NULL,

    CONSTRAINT "Vehicle24_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Route25" (
    "id" SERIAL NOT NULL,
    "note0" INTEGER[],
    "score1" TEXT NOT NULL DEFAULT '',
    "email2" JSONB NOT NULL,
    "code3" SMALLINT,
    "opened4" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,
    "parent1Id" UUID NOT NULL,

    CONSTRAINT "Route25_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "badge26" (
    "id" SERIAL NOT NULL,
    "weight0" TEXT[],
    "height1" BOOLEAN NOT NULL DEFAULT false,
    "opened2" TEXT NOT NULL DEFAULT '',
    "flag3" TEXT[],
    "total4" INTEGER NOT NULL DEFAULT 0,
    "country5" JSONB NOT NULL,
    "reference6" BOOLEAN NOT NULL DEFAULT false,
    "score7" TEXT NOT NULL DEFAULT '',
    "version8" BOOLEAN NOT NULL DEFAULT false,
    "version9" SMALLINT NOT NULL,
    "phone10" BIGINT,
    "kind" "kind_0" NOT NULL DEFAULT 'VALUE_6',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "badge26_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ledger27" (
    "id" SERIAL NOT NULL,
    "reference0" DATE NOT NULL,
    "label1" REAL NOT NULL,
    "email2" SMALLINT NOT NULL,
    "price3" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "label4" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "name5" JSONB,
    "color6" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "score7" INTEGER NOT NULL DEFAULT 0,
    "height8" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "closed9" DATE NOT NULL,
    "active10" TEXT[],
    "flag11" BYTEA NOT NULL,
    "slug12" BIGINT,
    "kind" "kind_0" NOT NULL DEFAULT 'VALUE_2',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,
    "parent1Id" UUID,

    CONSTRAINT "Ledger27_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy28" (
    "id" SERIAL NOT NULL,
    "score0" TEXT,
    "note1" BIGINT NOT NULL,
    "phone2" BIGINT NOT NULL,
    "email3" JSONB,
    "kind" "Kind2" NOT NULL DEFAULT 'VALUE_3',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER NOT NULL,

    CONSTRAINT "Policy28_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quote29" (
    "id" SERIAL NOT NULL,
    "active0" SMALLINT NOT NULL,
    "amount1" JSONB,
    "quantity2" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "weight3" TEXT[],
    "status4" DATE,
    "height5" DATE NOT NULL,
    "amount6" BOOLEAN NOT NULL DEFAULT false,
    "country7" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER NOT NULL,
    "parent1Id" INTEGER NOT NULL,
    "parent2Id" UUID,

    CONSTRAINT "quote29_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account30" (
    "id" SERIAL NOT NULL,
    "height0" INTEGER NOT NULL DEFAULT 0,
    "name1" TEXT[],
    "flag2" INTEGER NOT NULL DEFAULT 0,
    "email3" BIGINT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,
    "parent1Id" INTEGER,

    CONSTRAINT "Account30_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order31" (
    "id" SERIAL NOT NULL,
    "weight0" TEXT,
    "phone1" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "amount2" TEXT[],
    "amount3" TEXT NOT NULL,
    "city4" DATE,
    "metadata5" TEXT[],
    "metadata6" INTEGER NOT NULL DEFAULT 0,
    "version7" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "quantity8" VARCHAR(120) NOT NULL,
    "label9" BOOLEAN NOT NULL DEFAULT false,
    "summary10" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "digest11" TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID,
    "parent1Id" UUID NOT NULL,

    CONSTRAINT "Order31_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice32" (
    "id" SERIAL NOT NULL,
    "height0" TEXT NOT NULL DEFAULT '',
    "payload1" TEXT[],
    "color2" BOOLEAN NOT NULL DEFAULT false,
    "name3" BYTEA NOT NULL,
    "flag4" JSONB NOT NULL,
    "email5" BIGINT NOT NULL,
    "country6" BOOLEAN NOT NULL DEFAULT false,
    "slug7" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "name8" BOOLEAN NOT NULL DEFAULT false,
    "quantity9" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,
    "parent1Id" INTEGER,
    "parent2Id" INTEGER NOT NULL,

    CONSTRAINT "invoice32_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product33" (
    "id" SERIAL NOT NULL,
    "price0" TEXT[],
    "reference1" JSONB,
    "phone2" DATE NOT NULL,
    "rank3" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "active4" INTEGER[],
    "closed5" INTEGER NOT NULL DEFAULT 0,
    "active6" TEXT[],
    "color7" VARCHAR(120) NOT NULL,
    "city8" BIGINT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER NOT NULL,
    "parent1Id" INTEGER NOT NULL,
    "parent2Id" INTEGER,

    CONSTRAINT "Product33_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment34" (
    "id" SERIAL NOT NULL,
    "note0" BYTEA NOT NULL,
    "quantity1" TEXT NOT NULL DEFAULT '',
    "country2" TEXT NOT NULL,
    "total3" TEXT[],
    "color4" VARCHAR(120) NOT NULL,
    "status5" REAL NOT NULL,
    "status6" DATE NOT NULL,
    "height7" TEXT,
    "weight8" BOOLEAN NOT NULL DEFAULT false,
    "active9" JSONB,
    "closed10" DATE NOT NULL,
    "amount11" TEXT NOT NULL DEFAULT '',
    "payload12" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,

    CONSTRAINT "Shipment34_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket35" (
    "id" UUID NOT NULL,
    "slug0" SMALLINT NOT NULL,
    "label1" BOOLEAN NOT NULL DEFAULT false,
    "reference2" JSONB NOT NULL,
    "total3" VARCHAR(120) NOT NULL,
    "payload4" INTEGER NOT NULL DEFAULT 0,
    "metadata5" BYTEA NOT NULL,
    "version6" INTEGER NOT NULL DEFAULT 0,
    "version7" JSONB NOT NULL,
    "note8" VARCHAR(120) NOT NULL,
    "active9" VARCHAR(120) NOT NULL,
    "note10" BOOLEAN NOT NULL DEFAULT false,
    "kind" "Kind1" NOT NULL DEFAULT 'VALUE_2',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,

    CONSTRAINT "Ticket35_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment36" (
    "id" UUID NOT NULL,
    "reference0" INTEGER[],
    "color1" JSONB NOT NULL,
    "opened2" BIGINT NOT NULL,
    "name3" REAL NOT NULL,
    "weight4" REAL NOT NULL,
    "phone5" REAL NOT NULL,
    "total6" SMALLINT NOT NULL,
    "payload7" BOOLEAN NOT NULL DEFAULT false,
    "closed8" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "name9" BOOLEAN NOT NULL DEFAULT false,
    "kind" "Kind1" NOT NULL DEFAULT 'value-3',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID,
    "parent1Id" UUID,

    CONSTRAINT "Payment36_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review37" (
    "id" SERIAL NOT NULL,
    "label0" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "quantity1" JSONB NOT NULL,
    "opened2" JSONB NOT NULL,
    "note3" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "color4" DATE,
    "kind" "Kind1" NOT NULL DEFAULT 'VALUE_1',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Review37_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon38" (
    "id" UUID NOT NULL,
    "total0" BIGINT,
    "opened1" JSONB NOT NULL,
    "metadata2" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "score3" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "active4" REAL,
    "amount5" BYTEA,
    "status6" INTEGER[],
    "payload7" BYTEA,
    "color8" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,
    "parent1Id" UUID NOT NULL,
    "parent2Id" INTEGER,

    CONSTRAINT "Coupon38_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Warehouse39" (
    "id" SERIAL NOT NULL,
    "reference0" TEXT,
    "label1" TEXT NOT NULL DEFAULT '',
    "price2" BIGINT NOT NULL,
    "name3" BIGINT NOT NULL,
    "kind" "Kind1" NOT NULL DEFAULT 'value-3',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,

    CONSTRAINT "Warehouse39_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supplier40" (
    "id" SERIAL NOT NULL,
    "weight0" SMALLINT NOT NULL,
    "reference1" INTEGER[],
    "phone2" INTEGER[],
    "closed3" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "amount4" TEXT[],
    "note5" BOOLEAN NOT NULL DEFAULT false,
    "score6" SMALLINT NOT NULL,
    "score7" TEXT NOT NULL,
    "total8" TEXT NOT NULL DEFAULT '',
    "price9" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "code10" TEXT[],
    "active11" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER NOT NULL,
    "parent1Id" UUID NOT NULL,

    CONSTRAINT "supplier40_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "category41" (
    "id" SERIAL NOT NULL,
    "color0" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "total1" INTEGER NOT NULL DEFAULT 0,
    "color2" DATE NOT NULL,
    "phone3" TEXT NOT NULL DEFAULT '',
    "weight4" JSONB NOT NULL,
    "version5" INTEGER[],
    "metadata6" REAL NOT NULL,
    "rank7" INTEGER[],
    "color8" REAL NOT NULL,
    "kind" "kind_0" NOT NULL DEFAULT 'VALUE_5',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,
    "parent1Id" INTEGER,

    CONSTRAINT "category41_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign42" (
    "id" UUID NOT NULL,
    "reference0" TEXT[],
    "closed1" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "reference2" REAL NOT NULL,
    "version3" INTEGER[],
    "code4" DATE NOT NULL,
    "reference5" JSONB NOT NULL,
    "city6" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign42_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session43" (
    "id" SERIAL NOT NULL,
    "metadata0" INTEGER NOT NULL DEFAULT 0,
    "summary1" JSONB NOT NULL,
    "reference2" INTEGER NOT NULL DEFAULT 0,
    "active3" BYTEA NOT NULL,
    "phone4" TEXT[],
    "height5" REAL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,

    CONSTRAINT "Session43_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device44" (
    "id" SERIAL NOT NULL,
    "note0" SMALLINT NOT NULL,
    "amount1" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note2" DATE NOT NULL,
    "status3" TEXT NOT NULL DEFAULT '',
    "status4" INTEGER[],
    "amount5" SMALLINT,
    "rank6" TEXT NOT NULL DEFAULT '',
    "opened7" TEXT[],
    "note8" TEXT NOT NULL DEFAULT '',
    "quantity9" REAL NOT NULL,
    "quantity10" JSONB NOT NULL,
    "kind" "Kind1" NOT NULL DEFAULT 'value-3',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,
    "parent1Id" UUID,

    CONSTRAINT "Device44_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "address45" (
    "id" SERIAL NOT NULL,
    "summary0" TEXT[],
    "closed1" BYTEA,
    "note2" SMALLINT NOT NULL,
    "note3" INTEGER NOT NULL DEFAULT 0,
    "label4" TEXT,
    "closed5" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "weight6" JSONB,
    "note7" INTEGER[],
    "metadata8" VARCHAR(120) NOT NULL,
    "active9" BIGINT,
    "price10" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "price11" JSONB NOT NULL,
    "closed12" BIGINT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,

    CONSTRAINT "address45_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract46" (
    "id" UUID NOT NULL,
    "name0" BIGINT,
    "amount1" TEXT NOT NULL,
    "metadata2" TEXT NOT NULL,
    "note3" VARCHAR(120),
    "version4" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "height5" TEXT NOT NULL,
    "title6" VARCHAR(120),
    "title7" INTEGER NOT NULL DEFAULT 0,
    "kind" "kind_0" NOT NULL DEFAULT 'VALUE_5',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID,
    "parent1Id" INTEGER NOT NULL,

    CONSTRAINT "Contract46_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project47" (
    "id" SERIAL NOT NULL,
    "code0" REAL,
    "weight1" JSONB,
    "quantity2" TEXT[],
    "reference3" TEXT,
    "note4" TEXT[],
    "summary5" TEXT NOT NULL,
    "quantity6" BOOLEAN NOT NULL DEFAULT false,
    "kind" "Kind2" NOT NULL DEFAULT 'VALUE_1',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER NOT NULL,

    CONSTRAINT "Project47_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task48" (
    "id" SERIAL NOT NULL,
    "active0" TEXT[],
    "digest1" TEXT NOT NULL DEFAULT '',
    "note2" DATE NOT NULL,
    "total3" TEXT[],
    "version4" INTEGER NOT NULL DEFAULT 0,
    "name5" INTEGER NOT NULL DEFAULT 0,
    "code6" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "label7" BYTEA NOT NULL,
    "email8" JSONB NOT NULL,
    "closed9" BOOLEAN NOT NULL DEFAULT false,
    "note10" TEXT NOT NULL DEFAULT '',
    "digest11" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "price12" VARCHAR(120) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,

    CONSTRAINT "task48_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment49" (
    "id" SERIAL NOT NULL,
    "email0" REAL,
    "closed1" BYTEA NOT NULL,
    "active2" BYTEA,
    "summary3" REAL NOT NULL,
    "color4" TEXT NOT NULL DEFAULT '',
    "summary5" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Comment49_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team50" (
    "id" SERIAL NOT NULL,
    "amount0" BYTEA NOT NULL,
    "score1" SMALLINT,
    "active2" BOOLEAN NOT NULL DEFAULT false,
    "total3" DATE NOT NULL,
    "payload4" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "name5" BIGINT NOT NULL,
    "title6" BIGINT,
    "summary7" TEXT NOT NULL DEFAULT '',
    "flag8" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "code9" BOOLEAN NOT NULL DEFAULT false,
    "phone10" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID,
    "parent1Id" INTEGER NOT NULL,

    CONSTRAINT "team50_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member51" (
    "id" UUID NOT NULL,
    "city0" JSONB NOT NULL,
    "payload1" BYTEA,
    "email2" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "email3" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,
    "parent1Id" UUID,

    CONSTRAINT "Member51_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report52" (
    "id" SERIAL NOT NULL,
    "slug0" BYTEA,
    "email1" VARCHAR(120) NOT NULL,
    "weight2" TEXT[],
    "code3" DATE NOT NULL,
    "active4" INTEGER NOT NULL DEFAULT 0,
    "digest5" INTEGER[],
    "quantity6" INTEGER[],
    "payload7" SMALLINT NOT NULL,
    "kind" "Kind1" NOT NULL DEFAULT 'value-3',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER NOT NULL,
    "parent1Id" UUID,

    CONSTRAINT "Report52_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund53" (
    "id" SERIAL NOT NULL,
    "color0" INTEGER NOT NULL DEFAULT 0,
    "weight1" VARCHAR(120),
    "rank2" JSONB NOT NULL,
    "digest3" INTEGER NOT NULL DEFAULT 0,
    "status4" SMALLINT NOT NULL,
    "digest5" TEXT NOT NULL DEFAULT '',
    "amount6" SMALLINT,
    "label7" SMALLINT,
    "payload8" TEXT NOT NULL DEFAULT '',
    "email9" TEXT NOT NULL DEFAULT '',
    "summary10" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" UUID NOT NULL,
    "parent1Id" UUID NOT NULL,

    CONSTRAINT "Refund53_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vehicle54" (
    "id" UUID NOT NULL,
    "title0" JSONB,
    "version1" TEXT[],
    "total2" INTEGER NOT NULL DEFAULT 0,
    "color3" BIGINT NOT NULL,
    "phone4" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "summary5" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,

    CONSTRAINT "Vehicle54_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Route55" (
    "id" SERIAL NOT NULL,
    "weight0" BOOLEAN NOT NULL DEFAULT false,
    "status1" BIGINT NOT NULL,
    "email2" DATE NOT NULL,
    "name3" TEXT NOT NULL,
    "weight4" DATE,
    "note5" INTEGER[],
    "reference6" TEXT NOT NULL DEFAULT '',
    "kind" "Kind1" NOT NULL DEFAULT 'value-3',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER NOT NULL,
    "parent1Id" INTEGER,

    CONSTRAINT "Route55_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "badge56" (
    "id" SERIAL NOT NULL,
    "code0" DATE,
    "digest1" INTEGER NOT NULL DEFAULT 0,
    "score2" REAL NOT NULL,
    "flag3" VARCHAR(120) NOT NULL,
    "payload4" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status5" DATE,
    "code6" BOOLEAN NOT NULL DEFAULT false,
    "rank7" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "digest8" INTEGER[],
    "height9" VARCHAR(120),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER,
    "parent1Id" INTEGER NOT NULL,

    CONSTRAINT "badge56_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ledger57" (
    "id" SERIAL NOT NULL,
    "version0" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note1" TEXT[],
    "phone2" INTEGER NOT NULL DEFAULT 0,
    "price3" INTEGER NOT NULL DEFAULT 0,
    "version4" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "name5" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "amount6" INTEGER[],
    "phone7" BOOLEAN NOT NULL DEFAULT false,
    "phone8" DATE NOT NULL,
    "kind" "Kind2" NOT NULL DEFAULT 'VALUE_1',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ledger57_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy58" (
    "id" SERIAL NOT NULL,
    "color0" SMALLINT,
    "quantity1" TEXT NOT NULL DEFAULT '',
    "price2" INTEGER NOT NULL DEFAULT 0,
    "score3" INTEGER NOT NULL DEFAULT 0,
    "rank4" INTEGER NOT NULL DEFAULT 0,
    "score5" BOOLEAN NOT NULL DEFAULT false,
    "total6" VARCHAR(120) NOT NULL,
    "version7" TEXT[],
    "price8" BIGINT NOT NULL,
    "phone9" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reference10" REAL,
    "summary11" DATE,
    "kind" "Kind2" NOT NULL DEFAULT 'VALUE_4',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent0Id" INTEGER NOT NULL,
    "parent1Id" UUID NOT NULL,

    CONSTRAINT "Policy58_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote59" (
    "id" UUID NOT NULL,
    "email0" DATE,
    "metadata1" VARCHAR(120),
    "quantity2" INTEGER NOT NULL DEFAULT 0,
    "quantity3" SMALLINT,
    "title4" BYTEA NOT NULL,
    "total5" TEXT[],
    "color6" BIGINT NOT NULL,
    "flag7" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "label8" INTEGER NOT NULL DEFAULT 0,
    "height9" BYTEA NOT NULL,
    "opened10" INTEGER[],
    "price11" BOOLEAN NOT NULL DEFAULT false,
    "kind" "Kind1" NOT NULL DEFAULT 'VALUE_1',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Quote59_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice2_parent0Id_key" ON "Invoice2"("parent0Id");

-- CreateIndex
CREATE INDEX "Invoice2_parent1Id_idx" ON "Invoice2"("parent1Id");

-- CreateIndex
CREATE UNIQUE INDEX "Product3_parent0Id_key" ON "Product3"("parent0Id");

-- CreateIndex
CREATE INDEX "Product3_summary0_price2_idx" ON "Product3"("summary0", "price2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "product3_uq" ON "Product3"("summary0", "summary1");

-- CreateIndex
CREATE INDEX "shipment4_parent0Id_idx" ON "shipment4"("parent0Id");

-- CreateIndex
CREATE INDEX "shipment4_active1_digest4_idx" ON "shipment4"("active1", "digest4" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ticket5_uq" ON "Ticket5"("digest0", "summary1");

-- CreateIndex
CREATE UNIQUE INDEX "coupon8_opened3_key" ON "coupon8"("opened3");

-- CreateIndex
CREATE INDEX "coupon8_summary6_name0_idx" ON "coupon8"("summary6", "name0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "coupon8_uq" ON "coupon8"("name0", "closed2");

-- CreateIndex
CREATE INDEX "warehouse9_parent0Id_idx" ON "warehouse9"("parent0Id");

-- CreateIndex
CREATE INDEX "warehouse9_parent1Id_idx" ON "warehouse9"("parent1Id");

-- CreateIndex
CREATE INDEX "warehouse9_parent2Id_idx" ON "warehouse9"("parent2Id");

-- CreateIndex
CREATE UNIQUE INDEX "warehouse9_uq" ON "warehouse9"("total1", "amount2");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign12_parent0Id_key" ON "Campaign12"("parent0Id");

-- CreateIndex
CREATE INDEX "Session13_parent0Id_idx" ON "Session13"("parent0Id");

-- CreateIndex
CREATE INDEX "Session13_phone4_created_at_idx" ON "Session13"("phone4", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "session13_uq" ON "Session13"("slug0", "color1");

-- CreateIndex
CREATE INDEX "Device14_parent0Id_idx" ON "Device14"("parent0Id");

-- CreateIndex
CREATE INDEX "Device14_kind_name0_idx" ON "Device14"("kind", "name0" DESC);

-- CreateIndex
CREATE INDEX "Address15_parent0Id_idx" ON "Address15"("parent0Id");

-- CreateIndex
CREATE INDEX "Address15_version7_height6_idx" ON "Address15"("version7", "height6" DESC);

-- CreateIndex
CREATE INDEX "project17_parent0Id_idx" ON "project17"("parent0Id");

-- CreateIndex
CREATE UNIQUE INDEX "project17_uq" ON "project17"("score0", "price2");

-- CreateIndex
CREATE INDEX "Task18_parent0Id_idx" ON "Task18"("parent0Id");

-- CreateIndex
CREATE INDEX "Task18_parent1Id_idx" ON "Task18"("parent1Id");

-- CreateIndex
CREATE UNIQUE INDEX "task18_uq" ON "Task18"("reference0", "reference1");

-- CreateIndex
CREATE INDEX "comment19_parent0Id_idx" ON "comment19"("parent0Id");

-- CreateIndex
CREATE INDEX "comment19_parent1Id_idx" ON "comment19"("parent1Id");

-- CreateIndex
CREATE INDEX "comment19_parent2Id_idx" ON "comment19"("parent2Id");

-- CreateIndex
CREATE INDEX "comment19_color5_note3_idx" ON "comment19"("color5", "note3" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "team20_parent2Id_key" ON "team20"("parent2Id");

-- CreateIndex
CREATE INDEX "team20_parent0Id_idx" ON "team20"("parent0Id");

-- CreateIndex
CREATE INDEX "team20_parent1Id_idx" ON "team20"("parent1Id");

-- CreateIndex
CREATE UNIQUE INDEX "team20_uq" ON "team20"("name1", "note2");

-- CreateIndex
CREATE INDEX "Member21_parent0Id_idx" ON "Member21"("parent0Id");

-- CreateIndex
CREATE INDEX "Member21_parent1Id_idx" ON "Member21"("parent1Id");

-- CreateIndex
CREATE INDEX "Member21_parent2Id_idx" ON "Member21"("parent2Id");

-- CreateIndex
CREATE INDEX "Member21_opened6_kind_idx" ON "Member21"("opened6", "kind" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "report22_parent0Id_key" ON "report22"("parent0Id");

-- CreateIndex
CREATE UNIQUE INDEX "report22_parent1Id_key" ON "report22"("parent1Id");

-- CreateIndex
CREATE INDEX "Refund23_parent0Id_idx" ON "Refund23"("parent0Id");

-- CreateIndex
CREATE INDEX "Refund23_parent1Id_idx" ON "Refund23"("parent1Id");

-- CreateIndex
CREATE INDEX "Refund23_parent2Id_idx" ON "Refund23"("parent2Id");

-- CreateIndex
CREATE INDEX "Refund23_total5_kind_idx" ON "Refund23"("total5", "kind" DESC);

-- CreateIndex
CREATE INDEX "Vehicle24_parent0Id_idx" ON "Vehicle24"("parent0Id");

-- CreateIndex
CREATE INDEX "Vehicle24_parent1Id_idx" ON "Vehicle24"("parent1Id");

-- CreateIndex
CREATE UNIQUE INDEX "vehicle24_uq" ON "Vehicle24"("note0", "label2");

-- CreateIndex
CREATE INDEX "Route25_parent0Id_idx" ON "Route25"("parent0Id");

-- CreateIndex
CREATE INDEX "Route25_parent1Id_idx" ON "Route25"("parent1Id");

-- CreateIndex
CREATE INDEX "Route25_opened4_score1_idx" ON "Route25"("opened4", "score1" DESC);

-- CreateIndex
CREATE INDEX "Ledger27_parent0Id_idx" ON "Ledger27"("parent0Id");

-- CreateIndex
CREATE INDEX "Ledger27_parent1Id_idx" ON "Ledger27"("parent1Id");

-- CreateIndex
CREATE INDEX "Ledger27_height8_slug12_idx" ON "Ledger27"("height8", "slug12" DESC);

-- CreateIndex
CREATE INDEX "Policy28_parent0Id_idx" ON "Policy28"("parent0Id");

-- CreateIndex
CREATE INDEX "quote29_parent0Id_idx" ON "quote29"("parent0Id");

-- CreateIndex
CREATE INDEX "quote29_parent1Id_idx" ON "quote29"("parent1Id");

-- CreateIndex
CREATE INDEX "quote29_parent2Id_idx" ON "quote29"("parent2Id");

-- CreateIndex
CREATE UNIQUE INDEX "Account30_parent0Id_key" ON "Account30"("parent0Id");

-- CreateIndex
CREATE INDEX "Account30_parent1Id_idx" ON "Account30"("parent1Id");

-- CreateIndex
CREATE INDEX "Order31_parent0Id_idx" ON "Order31"("parent0Id");

-- CreateIndex
CREATE INDEX "Order31_parent1Id_idx" ON "Order31"("parent1Id");

-- CreateIndex
CREATE INDEX "invoice32_parent0Id_idx" ON "invoice32"("parent0Id");

-- CreateIndex
CREATE INDEX "invoice32_parent1Id_idx" ON "invoice32"("parent1Id");

-- CreateIndex
CREATE INDEX "invoice32_parent2Id_idx" ON "invoice32"("parent2Id");

-- CreateIndex
CREATE INDEX "Product33_parent0Id_idx" ON "Product33"("parent0Id");

-- CreateIndex
CREATE INDEX "Product33_parent1Id_idx" ON "Product33"("parent1Id");

-- CreateIndex
CREATE INDEX "Product33_parent2Id_idx" ON "Product33"("parent2Id");

-- CreateIndex
CREATE INDEX "Shipment34_parent0Id_idx" ON "Shipment34"("parent0Id");

-- CreateIndex
CREATE UNIQUE INDEX "shipment34_uq" ON "Shipment34"("quantity1", "country2");

-- CreateIndex
CREATE INDEX "Ticket35_parent0Id_idx" ON "Ticket35"("parent0Id");

-- CreateIndex
CREATE INDEX "Payment36_parent0Id_idx" ON "Payment36"("parent0Id");

-- CreateIndex
CREATE INDEX "Payment36_parent1Id_idx" ON "Payment36"("parent1Id");

-- CreateIndex
CREATE UNIQUE INDEX "payment36_uq" ON "Payment36"("opened2", "name3");

-- CreateIndex
CREATE INDEX "Coupon38_parent0Id_idx" ON "Coupon38"("parent0Id");

-- CreateIndex
CREATE INDEX "Coupon38_parent1Id_idx" ON "Coupon38"("parent1Id");

-- CreateIndex
CREATE INDEX "Coupon38_parent2Id_idx" ON "Coupon38"("parent2Id");

-- CreateIndex
CREATE UNIQUE INDEX "coupon38_uq" ON "Coupon38"("total0", "metadata2");

-- CreateIndex
CREATE INDEX "Warehouse39_parent0Id_idx" ON "Warehouse39"("parent0Id");

-- CreateIndex
CREATE INDEX "Warehouse39_label1_price2_idx" ON "Warehouse39"("label1", "price2" DESC);

-- CreateIndex
CREATE INDEX "supplier40_parent0Id_idx" ON "supplier40"("parent0Id");

-- CreateIndex
CREATE INDEX "supplier40_parent1Id_idx" ON "supplier40"("parent1Id");

-- CreateIndex
CREATE INDEX "category41_parent0Id_idx" ON "category41"("parent0Id");

-- CreateIndex
CREATE INDEX "category41_parent1Id_idx" ON "category41"("parent1Id");

-- CreateIndex
CREATE INDEX "category41_color2_color0_idx" ON "category41"("color2", "color0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "campaign42_uq" ON "Campaign42"("closed1", "reference2");

-- CreateIndex
CREATE INDEX "Session43_parent0Id_idx" ON "Session43"("parent0Id");

-- CreateIndex
CREATE INDEX "Session43_reference2_metadata0_idx" ON "Session43"("reference2", "metadata0" DESC);

-- CreateIndex
CREATE INDEX "Device44_parent0Id_idx" ON "Device44"("parent0Id");

-- CreateIndex
CREATE INDEX "Device44_parent1Id_idx" ON "Device44"("parent1Id");

-- CreateIndex
CREATE INDEX "Device44_created_at_kind_idx" ON "Device44"("created_at", "kind" DESC);

-- CreateIndex
CREATE INDEX "address45_parent0Id_idx" ON "address45"("parent0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Contract46_parent1Id_key" ON "Contract46"("parent1Id");

-- CreateIndex
CREATE INDEX "Contract46_parent0Id_idx" ON "Contract46"("parent0Id");

-- CreateIndex
CREATE INDEX "Project47_parent0Id_idx" ON "Project47"("parent0Id");

-- CreateIndex
CREATE UNIQUE INDEX "task48_price12_key" ON "task48"("price12");

-- CreateIndex
CREATE INDEX "task48_parent0Id_idx" ON "task48"("parent0Id");

-- CreateIndex
CREATE INDEX "task48_digest11_code6_idx" ON "task48"("digest11", "code6" DESC);

-- CreateIndex
CREATE INDEX "Comment49_color4_summary3_idx" ON "Comment49"("color4", "summary3" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "team50_parent1Id_key" ON "team50"("parent1Id");

-- CreateIndex
CREATE INDEX "team50_parent0Id_idx" ON "team50"("parent0Id");

-- CreateIndex
CREATE INDEX "team50_name5_created_at_idx" ON "team50"("name5", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Member51_parent0Id_key" ON "Member51"("parent0Id");

-- CreateIndex
CREATE INDEX "Member51_parent1Id_idx" ON "Member51"("parent1Id");

-- CreateIndex
CREATE INDEX "Member51_created_at_email2_idx" ON "Member51"("created_at", "email2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "member51_uq" ON "Member51"("email2", "email3");

-- CreateIndex
CREATE INDEX "Report52_parent0Id_idx" ON "Report52"("parent0Id");

-- CreateIndex
CREATE INDEX "Report52_parent1Id_idx" ON "Report52"("parent1Id");

-- CreateIndex
CREATE INDEX "Refund53_parent0Id_idx" ON "Refund53"("parent0Id");

-- CreateIndex
CREATE INDEX "Refund53_parent1Id_idx" ON "Refund53"("parent1Id");

-- CreateIndex
CREATE INDEX "Refund53_summary10_weight1_idx" ON "Refund53"("summary10", "weight1" DESC);

-- CreateIndex
CREATE INDEX "Vehicle54_parent0Id_idx" ON "Vehicle54"("parent0Id");

-- CreateIndex
CREATE UNIQUE INDEX "vehicle54_uq" ON "Vehicle54"("total2", "color3");

-- CreateIndex
CREATE UNIQUE INDEX "Route55_parent1Id_key" ON "Route55"("parent1Id");

-- CreateIndex
CREATE INDEX "Route55_parent0Id_idx" ON "Route55"("parent0Id");

-- CreateIndex
CREATE INDEX "Route55_name3_kind_idx" ON "Route55"("name3", "kind" DESC);

-- CreateIndex
CREATE INDEX "badge56_parent0Id_idx" ON "badge56"("parent0Id");

-- CreateIndex
CREATE INDEX "badge56_parent1Id_idx" ON "badge56"("parent1Id");

-- CreateIndex
CREATE INDEX "Ledger57_phone8_created_at_idx" ON "Ledger57"("phone8", "created_at" DESC);

-- CreateIndex
CREATE INDEX "Policy58_parent0Id_idx" ON "Policy58"("parent0Id");

-- CreateIndex
CREATE INDEX "Policy58_parent1Id_idx" ON "Policy58"("parent1Id");

-- CreateIndex
CREATE INDEX "Policy58_price8_kind_idx" ON "Policy58"("price8", "kind" DESC);

-- CreateIndex
CREATE INDEX "Quote59_kind_flag7_idx" ON "Quote59"("kind", "flag7" DESC);

-- AddForeignKey
ALTER TABLE "Invoice2" ADD CONSTRAINT "Invoice2_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice2" ADD CONSTRAINT "Invoice2_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Invoice2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product3" ADD CONSTRAINT "Product3_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Order1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment4" ADD CONSTRAINT "shipment4_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Invoice2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "warehouse9" ADD CONSTRAINT "warehouse9_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "warehouse9" ADD CONSTRAINT "warehouse9_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Ticket5"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "warehouse9" ADD CONSTRAINT "warehouse9_parent2Id_fkey" FOREIGN KEY ("parent2Id") REFERENCES "shipment4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign12" ADD CONSTRAINT "Campaign12_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Invoice2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session13" ADD CONSTRAINT "Session13_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Ticket5"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device14" ADD CONSTRAINT "Device14_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Ticket5"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address15" ADD CONSTRAINT "Address15_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Category11"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project17" ADD CONSTRAINT "project17_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Ticket5"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task18" ADD CONSTRAINT "Task18_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Invoice2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task18" ADD CONSTRAINT "Task18_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "shipment4"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment19" ADD CONSTRAINT "comment19_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Address15"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment19" ADD CONSTRAINT "comment19_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Category11"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment19" ADD CONSTRAINT "comment19_parent2Id_fkey" FOREIGN KEY ("parent2Id") REFERENCES "Product3"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team20" ADD CONSTRAINT "team20_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Supplier10"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team20" ADD CONSTRAINT "team20_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Supplier10"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team20" ADD CONSTRAINT "team20_parent2Id_fkey" FOREIGN KEY ("parent2Id") REFERENCES "Review7"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member21" ADD CONSTRAINT "Member21_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "coupon8"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member21" ADD CONSTRAINT "Member21_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Device14"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member21" ADD CONSTRAINT "Member21_parent2Id_fkey" FOREIGN KEY ("parent2Id") REFERENCES "Ticket5"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report22" ADD CONSTRAINT "report22_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Address15"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report22" ADD CONSTRAINT "report22_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Campaign12"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund23" ADD CONSTRAINT "Refund23_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Payment6"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund23" ADD CONSTRAINT "Refund23_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Session13"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund23" ADD CONSTRAINT "Refund23_parent2Id_fkey" FOREIGN KEY ("parent2Id") REFERENCES "shipment4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vehicle24" ADD CONSTRAINT "Vehicle24_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Vehicle24"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vehicle24" ADD CONSTRAINT "Vehicle24_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "shipment4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Route25" ADD CONSTRAINT "Route25_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "project17"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Route25" ADD CONSTRAINT "Route25_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Payment6"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ledger27" ADD CONSTRAINT "Ledger27_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "report22"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ledger27" ADD CONSTRAINT "Ledger27_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Review7"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy28" ADD CONSTRAINT "Policy28_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "report22"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote29" ADD CONSTRAINT "quote29_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote29" ADD CONSTRAINT "quote29_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Product3"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote29" ADD CONSTRAINT "quote29_parent2Id_fkey" FOREIGN KEY ("parent2Id") REFERENCES "Refund23"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account30" ADD CONSTRAINT "Account30_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "comment19"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account30" ADD CONSTRAINT "Account30_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Campaign12"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order31" ADD CONSTRAINT "Order31_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Order1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order31" ADD CONSTRAINT "Order31_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Invoice2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice32" ADD CONSTRAINT "invoice32_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Review7"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice32" ADD CONSTRAINT "invoice32_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Campaign12"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice32" ADD CONSTRAINT "invoice32_parent2Id_fkey" FOREIGN KEY ("parent2Id") REFERENCES "Account30"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product33" ADD CONSTRAINT "Product33_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "badge26"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product33" ADD CONSTRAINT "Product33_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Policy28"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product33" ADD CONSTRAINT "Product33_parent2Id_fkey" FOREIGN KEY ("parent2Id") REFERENCES "Product33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment34" ADD CONSTRAINT "Shipment34_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "invoice32"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket35" ADD CONSTRAINT "Ticket35_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Contract16"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment36" ADD CONSTRAINT "Payment36_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Task18"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment36" ADD CONSTRAINT "Payment36_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Order1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coupon38" ADD CONSTRAINT "Coupon38_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Review7"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coupon38" ADD CONSTRAINT "Coupon38_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Task18"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coupon38" ADD CONSTRAINT "Coupon38_parent2Id_fkey" FOREIGN KEY ("parent2Id") REFERENCES "Vehicle24"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Warehouse39" ADD CONSTRAINT "Warehouse39_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Payment36"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supplier40" ADD CONSTRAINT "supplier40_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "comment19"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supplier40" ADD CONSTRAINT "supplier40_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Address15"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "category41" ADD CONSTRAINT "category41_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "invoice32"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "category41" ADD CONSTRAINT "category41_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Review37"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session43" ADD CONSTRAINT "Session43_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "team20"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device44" ADD CONSTRAINT "Device44_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Device44"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device44" ADD CONSTRAINT "Device44_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Device14"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "address45" ADD CONSTRAINT "address45_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Vehicle24"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract46" ADD CONSTRAINT "Contract46_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Refund23"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract46" ADD CONSTRAINT "Contract46_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "shipment4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project47" ADD CONSTRAINT "Project47_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Account30"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task48" ADD CONSTRAINT "task48_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Contract46"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team50" ADD CONSTRAINT "team50_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Ticket35"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team50" ADD CONSTRAINT "team50_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Project47"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member51" ADD CONSTRAINT "Member51_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Refund23"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member51" ADD CONSTRAINT "Member51_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Coupon38"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report52" ADD CONSTRAINT "Report52_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "team20"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report52" ADD CONSTRAINT "Report52_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Device14"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund53" ADD CONSTRAINT "Refund53_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Refund23"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund53" ADD CONSTRAINT "Refund53_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Device14"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vehicle54" ADD CONSTRAINT "Vehicle54_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "Session13"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Route55" ADD CONSTRAINT "Route55_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "team50"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Route55" ADD CONSTRAINT "Route55_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "shipment4"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "badge56" ADD CONSTRAINT "badge56_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "team50"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "badge56" ADD CONSTRAINT "badge56_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Policy28"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy58" ADD CONSTRAINT "Policy58_parent0Id_fkey" FOREIGN KEY ("parent0Id") REFERENCES "shipment4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy58" ADD CONSTRAINT "Policy58_parent1Id_fkey" FOREIGN KEY ("parent1Id") REFERENCES "Invoice2"("id") ON DELETE CASCADE ON UPDATE CASCADE;
