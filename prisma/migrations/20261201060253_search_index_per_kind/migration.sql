-- One words index per kind of item, in place of one keyed by kind: each kind's part of a search
-- reads only its own kind's entries of a word. At 650,000 entries, "government" (in 118,000
-- passages and 28,000 translations, no claim) took 12 ms to find no claim in the shared index,
-- 0.1 ms in the claims' own (bench/RESULTS.md).

-- DropIndex
DROP INDEX "SearchEntry_projectId_kind_document_idx";

-- CreateIndex
CREATE INDEX "SearchEntry_claim_document_idx" ON "SearchEntry" USING GIN ("projectId" text_ops, "document") WHERE (kind = 'claim');

-- CreateIndex
CREATE INDEX "SearchEntry_source_document_idx" ON "SearchEntry" USING GIN ("projectId" text_ops, "document") WHERE (kind = 'source');

-- CreateIndex
CREATE INDEX "SearchEntry_reading_document_idx" ON "SearchEntry" USING GIN ("projectId" text_ops, "document") WHERE (kind = 'reading');

-- CreateIndex
CREATE INDEX "SearchEntry_passage_document_idx" ON "SearchEntry" USING GIN ("projectId" text_ops, "document") WHERE (kind = 'passage');

-- CreateIndex
CREATE INDEX "SearchEntry_translation_document_idx" ON "SearchEntry" USING GIN ("projectId" text_ops, "document") WHERE (kind = 'translation');

-- CreateIndex
CREATE INDEX "SearchEntry_annotation_document_idx" ON "SearchEntry" USING GIN ("projectId" text_ops, "document") WHERE (kind = 'annotation');
