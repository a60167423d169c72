-- Photos and scans in search: their own words index, like every kind's (migration
-- search_index_per_kind), and their entries.

-- CreateIndex
CREATE INDEX "SearchEntry_image_document_idx" ON "SearchEntry" USING GIN ("projectId" text_ops, "document") WHERE (kind = 'image');

-- A photo or scan is found by its caption ("f. 112, Collier's minute") and its file name, the
-- only text it has (the file name is its body, so that a hit found by it shows why); a hit shows
-- its source as a passage's does. Its entry is written by row
-- triggers, not statement ones like the other kinds' (migration search_index): a statement
-- trigger's transition table would hold the rows' image bytes, and images change one at a time.
CREATE FUNCTION apparatus_search_index_images(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", "passageId", language,
                                  title, body, names, document, "updatedAt")
  SELECT 'image', i.id, i."projectId", i."sourceId", i."passageId", NULL,
         coalesce(nullif(trim(i.caption), ''), i."fileName"), i."fileName",
         concat_ws(' · ', nullif(trim(i.caption), ''), i."fileName"),
         setweight(to_tsvector('apparatus_simple', i.caption), 'A')
         || setweight(to_tsvector('apparatus_simple', regexp_replace(i."fileName", '[._-]+', ' ', 'g')), 'C'),
         now()
  FROM "SourceImage" i
  WHERE i.id = ANY(ids)
  ON CONFLICT (kind, "entityId") DO UPDATE SET
    "projectId" = excluded."projectId", "sourceId" = excluded."sourceId",
    "passageId" = excluded."passageId", title = excluded.title, body = excluded.body,
    names = excluded.names, document = excluded.document, "updatedAt" = excluded."updatedAt"
$$;

CREATE FUNCTION apparatus_search_on_image_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM apparatus_search_index_images(ARRAY[NEW.id]);
  RETURN NULL;
END $$;

CREATE FUNCTION apparatus_search_on_image_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchEntry" WHERE kind = 'image' AND "entityId" = OLD.id;
  RETURN NULL;
END $$;

CREATE TRIGGER search_image_insert AFTER INSERT ON "SourceImage"
  FOR EACH ROW EXECUTE FUNCTION apparatus_search_on_image_write();
CREATE TRIGGER search_image_update AFTER UPDATE OF caption, "fileName", "passageId", "sourceId", "projectId" ON "SourceImage"
  FOR EACH ROW EXECUTE FUNCTION apparatus_search_on_image_write();
CREATE TRIGGER search_image_delete AFTER DELETE ON "SourceImage"
  FOR EACH ROW EXECUTE FUNCTION apparatus_search_on_image_delete();

-- Backfill the photos added before this migration.
SELECT apparatus_search_index_images(array_agg(id)) FROM "SourceImage" HAVING count(*) > 0;
