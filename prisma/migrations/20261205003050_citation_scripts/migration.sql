-- CreateEnum
CREATE TYPE "CitationScript" AS ENUM ('romanized', 'original', 'both');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "citationScript" "CitationScript" NOT NULL DEFAULT 'romanized';

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "containerTitleOriginal" TEXT;
