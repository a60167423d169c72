-- CreateEnum
CREATE TYPE "OcrJobStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- AlterTable
ALTER TABLE "SourceImage" ADD COLUMN     "nextRegionNumber" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "rotation" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ImageRegion" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "imageId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "x" INTEGER NOT NULL,
    "y" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "passageId" TEXT,
    "passagePosition" INTEGER NOT NULL DEFAULT 0,
    "ocrText" TEXT,
    "ocrLines" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImageRegion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OcrJob" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "userId" TEXT,
    "imageId" TEXT,
    "regionId" TEXT,
    "language" TEXT NOT NULL,
    "status" "OcrJobStatus" NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT,
    "lines" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "OcrJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImageRegion_projectId_idx" ON "ImageRegion"("projectId");

-- CreateIndex
CREATE INDEX "ImageRegion_passageId_passagePosition_idx" ON "ImageRegion"("passageId", "passagePosition");

-- CreateIndex
CREATE INDEX "ImageRegion_createdById_idx" ON "ImageRegion"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "ImageRegion_imageId_number_key" ON "ImageRegion"("imageId", "number");

-- CreateIndex
CREATE INDEX "OcrJob_projectId_createdAt_idx" ON "OcrJob"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "OcrJob_imageId_idx" ON "OcrJob"("imageId");

-- CreateIndex
CREATE INDEX "OcrJob_regionId_idx" ON "OcrJob"("regionId");

-- CreateIndex
CREATE INDEX "OcrJob_userId_idx" ON "OcrJob"("userId");

-- AddForeignKey
ALTER TABLE "ImageRegion" ADD CONSTRAINT "ImageRegion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageRegion" ADD CONSTRAINT "ImageRegion_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "SourceImage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageRegion" ADD CONSTRAINT "ImageRegion_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageRegion" ADD CONSTRAINT "ImageRegion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OcrJob" ADD CONSTRAINT "OcrJob_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OcrJob" ADD CONSTRAINT "OcrJob_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "SourceImage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OcrJob" ADD CONSTRAINT "OcrJob_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "ImageRegion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A region lies on its photo (inside it: checked against the photo's size by the app, whose
-- bytes and size never change) and has a size; a photo turns by quarter turns.
ALTER TABLE "ImageRegion" ADD CONSTRAINT "ImageRegion_rectangle_check"
  CHECK (x >= 0 AND y >= 0 AND width > 0 AND height > 0);
ALTER TABLE "ImageRegion" ADD CONSTRAINT "ImageRegion_number_check" CHECK (number > 0);
ALTER TABLE "SourceImage" ADD CONSTRAINT "SourceImage_rotation_check" CHECK (rotation IN (0, 90, 180, 270));

-- A claim's chain shows where each quote stands on its scans: a region drawn, moved or attached,
-- or its photo turned, changes the chains kept (lib/db/snapshot-cache.ts), as passages do.
CREATE TRIGGER chain_region_insert AFTER INSERT ON "ImageRegion" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_region_update AFTER UPDATE ON "ImageRegion" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_region_delete AFTER DELETE ON "ImageRegion" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();

-- A row trigger for the photo's turn only: a statement trigger's transition table would hold the
-- photos' bytes.
CREATE FUNCTION apparatus_chain_image_turned() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ProjectChange" ("projectId", txid)
  VALUES (NEW."projectId", pg_current_xact_id()::text::bigint)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER chain_image_turned AFTER UPDATE OF rotation ON "SourceImage"
  FOR EACH ROW WHEN (OLD.rotation IS DISTINCT FROM NEW.rotation) EXECUTE FUNCTION apparatus_chain_image_turned();
