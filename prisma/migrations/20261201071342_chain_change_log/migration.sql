-- CreateTable
CREATE TABLE "ProjectChange" (
    "projectId" TEXT NOT NULL,
    "txid" BIGINT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectChange_pkey" PRIMARY KEY ("projectId","txid")
);

-- CreateIndex
CREATE INDEX "ProjectChange_at_idx" ON "ProjectChange"("at");

-- Every statement that writes a table an evidence chain is read from lists its transaction
-- against the projects it touched, once per transaction (statement-level triggers with
-- transition tables: one insert per statement, however many rows). Forms, API, imports, the
-- seed and plain SQL are all seen. The txid is xid8 as bigint, which Prisma can describe.

CREATE FUNCTION apparatus_chain_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only the branch for this operation is planned, so a transition table that this trigger
  -- does not have is never named.
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ProjectChange" ("projectId", txid)
    SELECT DISTINCT "projectId", pg_current_xact_id()::text::bigint FROM changed_rows
    ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "ProjectChange" ("projectId", txid)
    SELECT DISTINCT "projectId", pg_current_xact_id()::text::bigint FROM removed_rows
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

-- Translations and contributors name no project: theirs is their passage's or source's.
CREATE FUNCTION apparatus_chain_translation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ProjectChange" ("projectId", txid)
    SELECT DISTINCT p."projectId", pg_current_xact_id()::text::bigint
    FROM changed_rows t JOIN "Passage" p ON p.id = t."passageId"
    ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "ProjectChange" ("projectId", txid)
    SELECT DISTINCT p."projectId", pg_current_xact_id()::text::bigint
    FROM removed_rows t JOIN "Passage" p ON p.id = t."passageId"
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION apparatus_chain_contributor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ProjectChange" ("projectId", txid)
    SELECT DISTINCT s."projectId", pg_current_xact_id()::text::bigint
    FROM changed_rows c JOIN "Source" s ON s.id = c."sourceId"
    ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "ProjectChange" ("projectId", txid)
    SELECT DISTINCT s."projectId", pg_current_xact_id()::text::bigint
    FROM removed_rows c JOIN "Source" s ON s.id = c."sourceId"
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER chain_evidence_insert AFTER INSERT ON "Evidence" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_evidence_update AFTER UPDATE ON "Evidence" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_evidence_delete AFTER DELETE ON "Evidence" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();

CREATE TRIGGER chain_claim_insert AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_claim_update AFTER UPDATE ON "Claim" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_claim_delete AFTER DELETE ON "Claim" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();

CREATE TRIGGER chain_passage_insert AFTER INSERT ON "Passage" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_passage_update AFTER UPDATE ON "Passage" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_passage_delete AFTER DELETE ON "Passage" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();

CREATE TRIGGER chain_source_insert AFTER INSERT ON "Source" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_source_update AFTER UPDATE ON "Source" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_source_delete AFTER DELETE ON "Source" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();

CREATE TRIGGER chain_relation_insert AFTER INSERT ON "SourceRelation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_relation_update AFTER UPDATE ON "SourceRelation" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();
CREATE TRIGGER chain_relation_delete AFTER DELETE ON "SourceRelation" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_changed();

CREATE TRIGGER chain_translation_insert AFTER INSERT ON "PassageTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_translation_changed();
CREATE TRIGGER chain_translation_update AFTER UPDATE ON "PassageTranslation" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_translation_changed();
CREATE TRIGGER chain_translation_delete AFTER DELETE ON "PassageTranslation" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_translation_changed();

CREATE TRIGGER chain_contributor_insert AFTER INSERT ON "SourceContributor" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_contributor_changed();
CREATE TRIGGER chain_contributor_update AFTER UPDATE ON "SourceContributor" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_contributor_changed();
CREATE TRIGGER chain_contributor_delete AFTER DELETE ON "SourceContributor" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_chain_contributor_changed();
