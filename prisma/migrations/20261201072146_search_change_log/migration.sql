-- AlterTable
ALTER TABLE "ProjectChange" DROP CONSTRAINT "ProjectChange_pkey",
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'chain',
ADD CONSTRAINT "ProjectChange_pkey" PRIMARY KEY ("projectId", "kind", "txid");

-- What only search reads lists its transactions as kind 'search': its index (which triggers keep
-- for sources, passages, claims, readings and notes), readings with their stances toward claims
-- (the stance filter), observers (the observer filter) and notes (who may see them). A search
-- result is stale after a write of either kind; a chain only after a 'chain' one.
CREATE FUNCTION apparatus_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ProjectChange" ("projectId", kind, txid)
    SELECT DISTINCT "projectId", 'search', pg_current_xact_id()::text::bigint FROM changed_rows
    ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "ProjectChange" ("projectId", kind, txid)
    SELECT DISTINCT "projectId", 'search', pg_current_xact_id()::text::bigint FROM removed_rows
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION apparatus_search_stance_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ProjectChange" ("projectId", kind, txid)
    SELECT DISTINCT r."projectId", 'search', pg_current_xact_id()::text::bigint
    FROM changed_rows s JOIN "Reading" r ON r.id = s."readingId"
    ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "ProjectChange" ("projectId", kind, txid)
    SELECT DISTINCT r."projectId", 'search', pg_current_xact_id()::text::bigint
    FROM removed_rows s JOIN "Reading" r ON r.id = s."readingId"
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER search_log_entry_insert AFTER INSERT ON "SearchEntry" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();
CREATE TRIGGER search_log_entry_update AFTER UPDATE ON "SearchEntry" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();
CREATE TRIGGER search_log_entry_delete AFTER DELETE ON "SearchEntry" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();

CREATE TRIGGER search_log_reading_insert AFTER INSERT ON "Reading" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();
CREATE TRIGGER search_log_reading_update AFTER UPDATE ON "Reading" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();
CREATE TRIGGER search_log_reading_delete AFTER DELETE ON "Reading" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();

CREATE TRIGGER search_log_observer_insert AFTER INSERT ON "Observer" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();
CREATE TRIGGER search_log_observer_update AFTER UPDATE ON "Observer" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();
CREATE TRIGGER search_log_observer_delete AFTER DELETE ON "Observer" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();

CREATE TRIGGER search_log_annotation_insert AFTER INSERT ON "Annotation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();
CREATE TRIGGER search_log_annotation_update AFTER UPDATE ON "Annotation" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();
CREATE TRIGGER search_log_annotation_delete AFTER DELETE ON "Annotation" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_changed();

CREATE TRIGGER search_log_stance_insert AFTER INSERT ON "ReadingClaimStance" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_stance_changed();
CREATE TRIGGER search_log_stance_update AFTER UPDATE ON "ReadingClaimStance" REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_stance_changed();
CREATE TRIGGER search_log_stance_delete AFTER DELETE ON "ReadingClaimStance" REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_stance_changed();
