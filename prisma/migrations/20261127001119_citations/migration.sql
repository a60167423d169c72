-- CreateEnum
CREATE TYPE "CitationJobKind" AS ENUM ('export', 'import');

-- CreateEnum
CREATE TYPE "CitationJobStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "quotedInId" TEXT,
ADD COLUMN     "quotedInLocator" TEXT;

-- CreateTable
CREATE TABLE "CitationJob" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "userId" TEXT,
    "kind" "CitationJobKind" NOT NULL,
    "status" "CitationJobStatus" NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "params" JSONB NOT NULL DEFAULT '{}',
    "input" TEXT,
    "result" JSONB,
    "output" TEXT,
    "contentType" TEXT,
    "fileName" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "CitationJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CitationJob_projectId_createdAt_idx" ON "CitationJob"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "CitationJob_userId_idx" ON "CitationJob"("userId");

-- CreateIndex
CREATE INDEX "Source_quotedInId_idx" ON "Source"("quotedInId");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_quotedInId_fkey" FOREIGN KEY ("quotedInId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitationJob" ADD CONSTRAINT "CitationJob_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
