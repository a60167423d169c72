-- CreateEnum
CREATE TYPE "ArchiveJobKind" AS ENUM ('export', 'restore');

-- CreateEnum
CREATE TYPE "ArchiveJobStatus" AS ENUM ('uploaded', 'queued', 'running', 'done', 'failed');

-- CreateTable
CREATE TABLE "ArchiveJob" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ArchiveJobKind" NOT NULL,
    "status" "ArchiveJobStatus" NOT NULL DEFAULT 'queued',
    "projectId" TEXT,
    "filePath" TEXT,
    "fileName" TEXT NOT NULL,
    "byteSize" BIGINT NOT NULL DEFAULT 0,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ArchiveJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArchiveJob_userId_createdAt_idx" ON "ArchiveJob"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "ArchiveJob_projectId_idx" ON "ArchiveJob"("projectId");

-- AddForeignKey
ALTER TABLE "ArchiveJob" ADD CONSTRAINT "ArchiveJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchiveJob" ADD CONSTRAINT "ArchiveJob_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;
