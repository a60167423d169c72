-- CreateEnum
CREATE TYPE "ArgumentPointKind" AS ENUM ('section', 'claim', 'prose');

-- CreateEnum
CREATE TYPE "ArgumentQuoteMode" AS ENUM ('none', 'translation', 'original', 'both');

-- AlterEnum
ALTER TYPE "CitationJobKind" ADD VALUE 'argument_export';

-- AlterTable
ALTER TABLE "CitationJob" ADD COLUMN     "outputBytes" BYTEA;

-- CreateTable
CREATE TABLE "Argument" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Argument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArgumentPoint" (
    "id" TEXT NOT NULL,
    "argumentId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" "ArgumentPointKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT NOT NULL DEFAULT '',
    "claimId" TEXT,
    "evidenceIds" TEXT[],
    "citeContrary" BOOLEAN NOT NULL DEFAULT false,
    "quote" "ArgumentQuoteMode" NOT NULL DEFAULT 'none',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArgumentPoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Argument_projectId_updatedAt_idx" ON "Argument"("projectId", "updatedAt");

-- CreateIndex
CREATE INDEX "Argument_createdById_idx" ON "Argument"("createdById");

-- CreateIndex
CREATE INDEX "ArgumentPoint_argumentId_position_idx" ON "ArgumentPoint"("argumentId", "position");

-- CreateIndex
CREATE INDEX "ArgumentPoint_projectId_idx" ON "ArgumentPoint"("projectId");

-- CreateIndex
CREATE INDEX "ArgumentPoint_claimId_idx" ON "ArgumentPoint"("claimId");

-- CreateIndex
CREATE INDEX "ArgumentPoint_createdById_idx" ON "ArgumentPoint"("createdById");

-- AddForeignKey
ALTER TABLE "Argument" ADD CONSTRAINT "Argument_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Argument" ADD CONSTRAINT "Argument_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentPoint" ADD CONSTRAINT "ArgumentPoint_argumentId_fkey" FOREIGN KEY ("argumentId") REFERENCES "Argument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentPoint" ADD CONSTRAINT "ArgumentPoint_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentPoint" ADD CONSTRAINT "ArgumentPoint_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentPoint" ADD CONSTRAINT "ArgumentPoint_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An outline nests at most six levels deep; positions start at 0.
ALTER TABLE "ArgumentPoint" ADD CONSTRAINT "ArgumentPoint_depth_check" CHECK ("depth" BETWEEN 0 AND 5);
ALTER TABLE "ArgumentPoint" ADD CONSTRAINT "ArgumentPoint_position_check" CHECK ("position" >= 0);
