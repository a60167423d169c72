-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "SearchKind" AS ENUM ('claim', 'source', 'passage', 'translation', 'annotation', 'reading');

-- CreateTable
CREATE TABLE "SearchEntry" (
    "kind" "SearchKind" NOT NULL,
    "entityId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "sourceId" TEXT,
    "passageId" TEXT,
    "claimId" TEXT,
    "readingId" TEXT,
    "observerId" TEXT,
    "authorId" TEXT,
    "isPrivate" BOOLEAN NOT NULL DEFAULT false,
    "language" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "names" TEXT NOT NULL,
    "document" tsvector NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("kind","entityId")
);

-- CreateIndex
CREATE INDEX "SearchEntry_projectId_kind_idx" ON "SearchEntry"("projectId", "kind");

-- CreateIndex
CREATE INDEX "SearchEntry_document_idx" ON "SearchEntry" USING GIN ("document");

-- CreateIndex
CREATE INDEX "SearchEntry_names_idx" ON "SearchEntry" USING GIN ("names" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_projectId_archive_idx" ON "Source"("projectId", "archive");

-- ─── Hand-written: search configurations, the index's triggers, and the backfill ───────────

-- One text search configuration per language the demo and imports bring, each folding accents
-- (unaccent) before its stemmer, so "Litvinov" finds "Litvínov" and "ёлка" finds "елка".
-- Any other language uses apparatus_simple: no stemming, accents folded.
CREATE TEXT SEARCH CONFIGURATION apparatus_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION apparatus_english
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION apparatus_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION apparatus_french
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION apparatus_german (COPY = pg_catalog.german);
ALTER TEXT SEARCH CONFIGURATION apparatus_german
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, german_stem;
CREATE TEXT SEARCH CONFIGURATION apparatus_russian (COPY = pg_catalog.russian);
ALTER TEXT SEARCH CONFIGURATION apparatus_russian
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, russian_stem;
CREATE TEXT SEARCH CONFIGURATION apparatus_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION apparatus_simple
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, simple;

-- The configuration for a BCP 47 language tag ("fr", "ru-Latn", "de-AT").
CREATE FUNCTION apparatus_search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE lower(split_part(coalesce(language, ''), '-', 1))
    WHEN 'en' THEN 'apparatus_english'
    WHEN 'fr' THEN 'apparatus_french'
    WHEN 'de' THEN 'apparatus_german'
    WHEN 'ru' THEN 'apparatus_russian'
    ELSE 'apparatus_simple'
  END)::regconfig
$$;

-- The language of a query is unknown: it is read in every configuration, and a document matches when
-- the words stemmed as its own language's stemmer would stem them are all there.
CREATE FUNCTION apparatus_search_query(input text) RETURNS tsquery
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT websearch_to_tsquery('apparatus_english', input)
      || websearch_to_tsquery('apparatus_french', input)
      || websearch_to_tsquery('apparatus_german', input)
      || websearch_to_tsquery('apparatus_russian', input)
      || websearch_to_tsquery('apparatus_simple', input)
$$;

-- The archival reference as lib/sources/archival-locator.ts composes it ("FO 371/22286, f. 123";
-- "RGASPI, f. 17, op. 3, d. 1000, l. 12"), so that it can be searched as it is cited.
CREATE FUNCTION apparatus_archive_reference(
  scheme "ArchivalLocatorScheme", repository text, collection text, series text, file text,
  item text, folio text, page text
) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT nullif(CASE scheme
    WHEN 'tna' THEN concat_ws(', ', nullif(trim(repository), ''),
      nullif(concat_ws('/',
        nullif(trim(concat_ws(' ', nullif(trim(collection), ''), nullif(trim(series), ''))), ''),
        nullif(trim(file), ''), nullif(trim(item), '')), ''),
      'f. ' || nullif(trim(folio), ''), 'p. ' || nullif(trim(page), ''))
    WHEN 'russian' THEN concat_ws(', ', nullif(trim(repository), ''),
      'f. ' || nullif(trim(collection), ''), 'op. ' || nullif(trim(series), ''),
      'd. ' || nullif(trim(file), ''), nullif(trim(item), ''),
      'l. ' || nullif(trim(folio), ''), 'p. ' || nullif(trim(page), ''))
    ELSE concat_ws(', ', nullif(trim(repository), ''), nullif(trim(collection), ''),
      nullif(trim(series), ''), nullif(trim(file), ''), nullif(trim(item), ''),
      'f. ' || nullif(trim(folio), ''), 'p. ' || nullif(trim(page), ''))
  END, '')
$$;

-- Each refresh function (re)writes the entries of the given ids from their tables, in one
-- statement, so that a bulk import costs one statement per table, not one per row.

CREATE FUNCTION apparatus_search_index_sources(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", language, title, body,
                                  names, document, "updatedAt")
  SELECT 'source', s.id, s."projectId", s.id, s.language, s.title,
         concat_ws(E'\n', s."titleOriginal", s."titleTransliterated", s."titleTranslated",
                   s.abstract, s.note),
         concat_ws(' · ', s.title, s."titleOriginal", s."titleTransliterated", n.names),
         setweight(to_tsvector(c.cfg, concat_ws(' ', s.title, s."titleOriginal",
                                                s."titleTransliterated", s."titleTranslated")), 'A')
         || setweight(to_tsvector('apparatus_simple', n.names), 'B')
         || setweight(to_tsvector(c.cfg, concat_ws(' ', s."collectionTitle", s.publisher,
                                                   s.abstract, s.note)), 'C'),
         now()
  FROM "Source" s
  CROSS JOIN LATERAL (SELECT apparatus_search_config(s.language) AS cfg) c
  CROSS JOIN LATERAL (
    SELECT concat_ws(' · ',
      (SELECT string_agg(concat_ws(' ', coalesce(sc.literal, concat_ws(' ', sc.given,
                           sc."droppingParticle", sc."nonDroppingParticle", sc.family, sc.suffix)),
                           sc.original), ' · ' ORDER BY sc.role, sc.position)
         FROM "SourceContributor" sc WHERE sc."sourceId" = s.id),
      s."containerTitle", s.archive, s."archivePlace",
      apparatus_archive_reference(s."archivalScheme", s."archiveRepository", s."archiveCollection",
        s."archiveSeries", s."archiveFile", s."archiveItem", s."archiveFolio", s."archivePage"),
      s."archiveLocation", s.doi, s.isbn) AS names
  ) n
  WHERE s.id = ANY(ids)
  ON CONFLICT (kind, "entityId") DO UPDATE SET
    "projectId" = excluded."projectId", "sourceId" = excluded."sourceId",
    language = excluded.language, title = excluded.title, body = excluded.body,
    names = excluded.names, document = excluded.document, "updatedAt" = excluded."updatedAt"
$$;

CREATE FUNCTION apparatus_search_index_passages(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", "passageId", language,
                                  title, body, names, document, "updatedAt")
  SELECT 'passage', p.id, p."projectId", p."sourceId", p.id, coalesce(p.language, s.language),
         s.title, p.text, '',
         setweight(to_tsvector(apparatus_search_config(coalesce(p.language, s.language)), p.text), 'C'),
         now()
  FROM "Passage" p JOIN "Source" s ON s.id = p."sourceId"
  WHERE p.id = ANY(ids)
  ON CONFLICT (kind, "entityId") DO UPDATE SET
    "projectId" = excluded."projectId", "sourceId" = excluded."sourceId",
    language = excluded.language, title = excluded.title, body = excluded.body,
    document = excluded.document, "updatedAt" = excluded."updatedAt"
$$;

CREATE FUNCTION apparatus_search_index_translations(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", "passageId", language,
                                  title, body, names, document, "updatedAt")
  SELECT 'translation', t.id, p."projectId", p."sourceId", p.id, t.language, s.title, t.text,
         coalesce(t.translator, ''),
         setweight(to_tsvector(apparatus_search_config(t.language), t.text), 'C'),
         now()
  FROM "PassageTranslation" t JOIN "Passage" p ON p.id = t."passageId" JOIN "Source" s ON s.id = p."sourceId"
  WHERE t.id = ANY(ids)
  ON CONFLICT (kind, "entityId") DO UPDATE SET
    language = excluded.language, title = excluded.title, body = excluded.body,
    names = excluded.names, document = excluded.document, "updatedAt" = excluded."updatedAt"
$$;

-- Claims and notes are written by the historian, in English here. The simple vector beside it
-- still finds words the English stemmer would not know (names in other languages).
CREATE FUNCTION apparatus_search_index_claims(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "claimId", language, title, body,
                                  names, document, "updatedAt")
  SELECT 'claim', c.id, c."projectId", c.id, 'en', 'C' || c.number, c.statement,
         coalesce(c.attribution, ''),
         setweight(to_tsvector('apparatus_english', c.statement), 'A')
         || setweight(to_tsvector('apparatus_simple', concat_ws(' ', c.attribution,
                                                                array_to_string(c.tags, ' '))), 'B')
         || setweight(to_tsvector('apparatus_english', coalesce(c.note, '')), 'C'),
         now()
  FROM "Claim" c
  WHERE c.id = ANY(ids)
  ON CONFLICT (kind, "entityId") DO UPDATE SET
    title = excluded.title, body = excluded.body, names = excluded.names,
    document = excluded.document, "updatedAt" = excluded."updatedAt"
$$;

-- A reading: the observer's name, the phrases it quoted (in the language of the source read),
-- and the historian's summary.
CREATE FUNCTION apparatus_search_index_readings(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", "readingId", "observerId",
                                  language, title, body, names, document, "updatedAt")
  SELECT 'reading', r.id, r."projectId", r."sourceId", r.id, r."observerId", 'en', o.name,
         concat_ws(E'\n', r.summary, ph.phrases),
         o.name,
         setweight(to_tsvector('apparatus_simple', o.name), 'B')
         || setweight(to_tsvector(apparatus_search_config(s.language), coalesce(ph.phrases, '')), 'B')
         || setweight(to_tsvector('apparatus_english', r.summary), 'C'),
         now()
  FROM "Reading" r
  JOIN "Observer" o ON o.id = r."observerId"
  JOIN "Source" s ON s.id = r."sourceId"
  CROSS JOIN LATERAL (
    SELECT string_agg('“' || rp.text || '”', ' ' ORDER BY rp.position) AS phrases
    FROM "ReadingPhrase" rp WHERE rp."readingId" = r.id
  ) ph
  WHERE r.id = ANY(ids)
  ON CONFLICT (kind, "entityId") DO UPDATE SET
    "sourceId" = excluded."sourceId", "observerId" = excluded."observerId", title = excluded.title,
    body = excluded.body, names = excluded.names, document = excluded.document,
    "updatedAt" = excluded."updatedAt"
$$;

-- A note links to what it is on; a reply, to what its thread is on.
CREATE FUNCTION apparatus_search_index_annotations(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", "passageId", "claimId",
                                  "readingId", "observerId", "authorId", "isPrivate", language,
                                  title, body, names, document, "updatedAt")
  SELECT 'annotation', a.id, a."projectId",
         coalesce(t."sourceId", tp."sourceId", tr."sourceId"), t."passageId",
         coalesce(t."claimId", tev."claimId"), t."readingId", tr."observerId",
         a."authorId", a.visibility = 'private', 'en', 'Note', a.body, '',
         setweight(to_tsvector('apparatus_english', a.body), 'C')
         || setweight(to_tsvector('apparatus_simple', coalesce(a."selectorExact", '')), 'D'),
         now()
  FROM "Annotation" a
  LEFT JOIN "Annotation" parent ON parent.id = a."parentId"
  CROSS JOIN LATERAL (
    SELECT CASE WHEN a."parentId" IS NULL THEN a."claimId" ELSE parent."claimId" END AS "claimId",
           CASE WHEN a."parentId" IS NULL THEN a."sourceId" ELSE parent."sourceId" END AS "sourceId",
           CASE WHEN a."parentId" IS NULL THEN a."passageId" ELSE parent."passageId" END AS "passageId",
           CASE WHEN a."parentId" IS NULL THEN a."readingId" ELSE parent."readingId" END AS "readingId",
           CASE WHEN a."parentId" IS NULL THEN a."evidenceId" ELSE parent."evidenceId" END AS "evidenceId"
  ) t
  LEFT JOIN "Passage" tp ON tp.id = t."passageId"
  LEFT JOIN "Reading" tr ON tr.id = t."readingId"
  LEFT JOIN "Evidence" tev ON tev.id = t."evidenceId"
  WHERE a.id = ANY(ids)
  ON CONFLICT (kind, "entityId") DO UPDATE SET
    "authorId" = excluded."authorId", "isPrivate" = excluded."isPrivate", body = excluded.body,
    document = excluded.document, "updatedAt" = excluded."updatedAt"
$$;

-- Statement-level triggers with transition tables: one refresh per statement, whatever its size.

CREATE FUNCTION apparatus_search_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  -- TG_ARGV[0]: the kind the table holds; TG_ARGV[1]: the column naming the entry to refresh.
  EXECUTE format('SELECT array_agg(DISTINCT %I) FROM changed_rows', TG_ARGV[1]) INTO ids;
  IF ids IS NULL THEN RETURN NULL; END IF;
  CASE TG_ARGV[0]
    WHEN 'source' THEN PERFORM apparatus_search_index_sources(ids);
    WHEN 'passage' THEN PERFORM apparatus_search_index_passages(ids);
    WHEN 'translation' THEN PERFORM apparatus_search_index_translations(ids);
    WHEN 'claim' THEN PERFORM apparatus_search_index_claims(ids);
    WHEN 'reading' THEN PERFORM apparatus_search_index_readings(ids);
    WHEN 'annotation' THEN PERFORM apparatus_search_index_annotations(ids);
  END CASE;
  RETURN NULL;
END $$;

CREATE FUNCTION apparatus_search_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchEntry" WHERE kind = TG_ARGV[0]::"SearchKind"
    AND "entityId" IN (SELECT id FROM changed_rows);
  RETURN NULL;
END $$;

CREATE TRIGGER search_source_insert AFTER INSERT ON "Source" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('source', 'id');
CREATE TRIGGER search_source_update AFTER UPDATE ON "Source" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('source', 'id');
CREATE TRIGGER search_source_delete AFTER DELETE ON "Source" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_delete('source');

CREATE TRIGGER search_contributor_insert AFTER INSERT ON "SourceContributor" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('source', 'sourceId');
CREATE TRIGGER search_contributor_update AFTER UPDATE ON "SourceContributor" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('source', 'sourceId');
CREATE TRIGGER search_contributor_delete AFTER DELETE ON "SourceContributor" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('source', 'sourceId');

CREATE TRIGGER search_passage_insert AFTER INSERT ON "Passage" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('passage', 'id');
CREATE TRIGGER search_passage_update AFTER UPDATE ON "Passage" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('passage', 'id');
CREATE TRIGGER search_passage_delete AFTER DELETE ON "Passage" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_delete('passage');

CREATE TRIGGER search_translation_insert AFTER INSERT ON "PassageTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('translation', 'id');
CREATE TRIGGER search_translation_update AFTER UPDATE ON "PassageTranslation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('translation', 'id');
CREATE TRIGGER search_translation_delete AFTER DELETE ON "PassageTranslation" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_delete('translation');

CREATE TRIGGER search_claim_insert AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('claim', 'id');
CREATE TRIGGER search_claim_update AFTER UPDATE ON "Claim" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('claim', 'id');
CREATE TRIGGER search_claim_delete AFTER DELETE ON "Claim" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_delete('claim');

CREATE TRIGGER search_reading_insert AFTER INSERT ON "Reading" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('reading', 'id');
CREATE TRIGGER search_reading_update AFTER UPDATE ON "Reading" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('reading', 'id');
CREATE TRIGGER search_reading_delete AFTER DELETE ON "Reading" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_delete('reading');

CREATE TRIGGER search_phrase_insert AFTER INSERT ON "ReadingPhrase" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('reading', 'readingId');
CREATE TRIGGER search_phrase_update AFTER UPDATE ON "ReadingPhrase" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('reading', 'readingId');
CREATE TRIGGER search_phrase_delete AFTER DELETE ON "ReadingPhrase" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('reading', 'readingId');

CREATE TRIGGER search_annotation_insert AFTER INSERT ON "Annotation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('annotation', 'id');
CREATE TRIGGER search_annotation_update AFTER UPDATE ON "Annotation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_write('annotation', 'id');
CREATE TRIGGER search_annotation_delete AFTER DELETE ON "Annotation" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_delete('annotation');

-- What other entries show of a changed row: a source's title and language on its passages,
-- translations and readings; an observer's name on its readings.
CREATE FUNCTION apparatus_search_on_source_context() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM apparatus_search_index_passages(array_agg(p.id)) FROM "Passage" p
    WHERE p."sourceId" IN (SELECT n.id FROM changed_rows n JOIN old_rows o ON o.id = n.id
                           WHERE n.title IS DISTINCT FROM o.title OR n.language IS DISTINCT FROM o.language)
    HAVING count(*) > 0;
  PERFORM apparatus_search_index_translations(array_agg(t.id)) FROM "PassageTranslation" t
    JOIN "Passage" p ON p.id = t."passageId"
    WHERE p."sourceId" IN (SELECT n.id FROM changed_rows n JOIN old_rows o ON o.id = n.id
                           WHERE n.title IS DISTINCT FROM o.title)
    HAVING count(*) > 0;
  PERFORM apparatus_search_index_readings(array_agg(r.id)) FROM "Reading" r
    WHERE r."sourceId" IN (SELECT n.id FROM changed_rows n JOIN old_rows o ON o.id = n.id
                           WHERE n.language IS DISTINCT FROM o.language)
    HAVING count(*) > 0;
  RETURN NULL;
END $$;
CREATE TRIGGER search_source_context AFTER UPDATE ON "Source"
  REFERENCING NEW TABLE AS changed_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_source_context();

CREATE FUNCTION apparatus_search_on_observer_context() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM apparatus_search_index_readings(array_agg(r.id)) FROM "Reading" r
    WHERE r."observerId" IN (SELECT n.id FROM changed_rows n JOIN old_rows o ON o.id = n.id
                             WHERE n.name IS DISTINCT FROM o.name)
    HAVING count(*) > 0;
  RETURN NULL;
END $$;
CREATE TRIGGER search_observer_context AFTER UPDATE ON "Observer"
  REFERENCING NEW TABLE AS changed_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION apparatus_search_on_observer_context();

-- Backfill what existed before this migration.
SELECT apparatus_search_index_sources(array_agg(id)) FROM "Source" HAVING count(*) > 0;
SELECT apparatus_search_index_passages(array_agg(id)) FROM "Passage" HAVING count(*) > 0;
SELECT apparatus_search_index_translations(array_agg(id)) FROM "PassageTranslation" HAVING count(*) > 0;
SELECT apparatus_search_index_claims(array_agg(id)) FROM "Claim" HAVING count(*) > 0;
SELECT apparatus_search_index_readings(array_agg(id)) FROM "Reading" HAVING count(*) > 0;
SELECT apparatus_search_index_annotations(array_agg(id)) FROM "Annotation" HAVING count(*) > 0;
