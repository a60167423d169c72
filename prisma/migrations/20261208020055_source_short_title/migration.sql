-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "titleShort" TEXT;
