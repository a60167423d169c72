-- The search index keyed by project and kind beside the words (btree_gin), so that each kind of
-- item is found in the index alone. The btree on (projectId, kind) goes: for a common word the
-- planner walked it row by row, where the primary key (kind, entityId) serves it better.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- DropIndex
DROP INDEX "SearchEntry_projectId_kind_idx";

-- DropIndex
DROP INDEX "SearchEntry_document_idx";

-- DropIndex
DROP INDEX "SearchEntry_names_idx";

-- CreateIndex
CREATE INDEX "SearchEntry_projectId_kind_document_idx" ON "SearchEntry" USING GIN ("projectId" text_ops, "kind" enum_ops, "document");

-- CreateIndex
CREATE INDEX "SearchEntry_projectId_names_idx" ON "SearchEntry" USING GIN ("projectId" text_ops, "names" gin_trgm_ops);
