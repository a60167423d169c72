-- CreateTable
CREATE TABLE "SourceImage" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "passageId" TEXT,
    "caption" TEXT NOT NULL DEFAULT '',
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "thumbnail" BYTEA NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceImage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceImage_projectId_idx" ON "SourceImage"("projectId");

-- CreateIndex
CREATE INDEX "SourceImage_sourceId_position_idx" ON "SourceImage"("sourceId", "position");

-- CreateIndex
CREATE INDEX "SourceImage_passageId_idx" ON "SourceImage"("passageId");

-- CreateIndex
CREATE INDEX "SourceImage_createdById_idx" ON "SourceImage"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "SourceImage_sourceId_sha256_key" ON "SourceImage"("sourceId", "sha256");

-- AddForeignKey
ALTER TABLE "SourceImage" ADD CONSTRAINT "SourceImage_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceImage" ADD CONSTRAINT "SourceImage_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceImage" ADD CONSTRAINT "SourceImage_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceImage" ADD CONSTRAINT "SourceImage_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Photos are compressed already: PostgreSQL stores them out of line without trying to compress them again.
ALTER TABLE "SourceImage" ALTER COLUMN "data" SET STORAGE EXTERNAL, ALTER COLUMN "thumbnail" SET STORAGE EXTERNAL;
