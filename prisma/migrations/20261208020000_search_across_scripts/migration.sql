-- Search across scripts (issue 21): a Cyrillic text is also found by its romanization, and a
-- Cyrillic query also looks for its romanization.

-- lib/text/transliterate.ts's transliterateCyrillic, letter for letter: the Library of Congress
-- romanization without diacritics, and without the soft and hard signs that a searcher does not
-- type ("Объявление" → "Obiavlenie"). A capital's Latin letters are "Zh", "Shch" as there.
CREATE FUNCTION apparatus_transliterate(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(
    replace(replace(replace(replace(replace(replace(replace(replace(replace(
    replace(replace(replace(replace(replace(replace(replace(replace(replace(input,
      'щ', 'shch'), 'Щ', 'Shch'), 'ж', 'zh'), 'Ж', 'Zh'), 'х', 'kh'), 'Х', 'Kh'),
      'ц', 'ts'), 'Ц', 'Ts'), 'ч', 'ch'), 'Ч', 'Ch'), 'ш', 'sh'), 'Ш', 'Sh'),
      'ю', 'iu'), 'Ю', 'Iu'), 'я', 'ia'), 'Я', 'Ia'), 'є', 'ie'), 'Є', 'Ie'),
    'абвгдеёзийклмнопрстуфыэіїґўАБВГДЕЁЗИЙКЛМНОПРСТУФЫЭІЇҐЎъьЪЬ',
    'abvgdeeziiklmnoprstufyeiiguABVGDEEZIIKLMNOPRSTUFYEIIGU')
$$;

-- The romanization of a vector's Cyrillic words, at their positions and with their weights: a
-- Russian stem ("сталин", of "Сталина") as "stalin", so that "Stalin" finds any case of the name.
-- Words of fewer than three Latin letters are left out: romanized, Russian's little words read as
-- English ones (он, но, до: "on", "no", "do").
CREATE FUNCTION apparatus_romanized_words(words tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT apparatus_transliterate(ts_delete(words, ARRAY(
    SELECT w.lexeme FROM unnest(words) w
    WHERE w.lexeme !~ '^[а-яёіїєґўъь]+(-[а-яёіїєґўъь]+)*$' OR length(apparatus_transliterate(w.lexeme)) < 3
  ))::text)::tsvector
$$;

-- to_tsvector, and for a text with Cyrillic the romanization of its words as the configuration
-- stems them and as they are written ("товарищу": "tovarishch" and "tovarishchu"), so that
-- "Otvet tovarishchu" finds "Ответ товарищу". Every index function builds its vectors with it.
CREATE FUNCTION apparatus_to_tsvector(config regconfig, document text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  words tsvector := to_tsvector(config, document);
BEGIN
  IF document IS NULL OR document !~ '[Ѐ-ӿ]' THEN RETURN words; END IF;
  RETURN words || apparatus_romanized_words(
    words || CASE WHEN config = 'apparatus_simple'::regconfig THEN ''::tsvector
                  ELSE to_tsvector('apparatus_simple', document) END);
END $$;

-- Other spellings of a Russian name that a query word may be: French "Staline", "Lénine" for
-- "Stalin", "Lenin" (and back); the older French and German "-off", "-eff" for "-ov", "-ev"
-- ("Litvinoff"); German "-ow", "-ew" ("Molotow"); "-ski", "-sky", "-skii" ("Trotski", "Trotsky",
-- "Trotskii"). Deliberately small: each ending is one a Russian name has in those languages.
CREATE FUNCTION apparatus_name_forms(word text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN word ~ '^[a-z]{3,}ine$' THEN ARRAY[left(word, -1)]
    WHEN word ~ '^[a-z]{3,}in$' THEN ARRAY[word || 'e']
    WHEN word ~ '^[a-z]{3,}[oe]v$' THEN ARRAY[left(word, -1) || 'ff', left(word, -1) || 'w']
    WHEN word ~ '^[a-z]{3,}[oe]ff$' THEN ARRAY[left(word, -2) || 'v', left(word, -2) || 'w']
    WHEN word ~ '^[a-z]{4,}[oe]w$' THEN ARRAY[left(word, -1) || 'v', left(word, -1) || 'ff']
    WHEN word ~ '^[a-z]{2,}sk(y|i|ii)$' THEN
      array_remove(ARRAY[regexp_replace(word, '(y|i|ii)$', 'y'), regexp_replace(word, '(y|i|ii)$', 'i'),
                         regexp_replace(word, '(y|i|ii)$', 'ii')], word)
    ELSE '{}'
  END
$$;

-- A query as typed, in every configuration (its language is unknown).
CREATE FUNCTION apparatus_search_words(input text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT websearch_to_tsquery('apparatus_english', input)
      || websearch_to_tsquery('apparatus_french', input)
      || websearch_to_tsquery('apparatus_german', input)
      || websearch_to_tsquery('apparatus_russian', input)
      || websearch_to_tsquery('apparatus_simple', input)
$$;

-- The query: as typed; romanized when it has Cyrillic (or the LC signs ʹ ʺ, which an index's
-- romanization leaves out), so that "Правда" finds "Pravda"; each word that is a form of a Russian
-- name also as its other forms. IMMUTABLE, so that with the search's custom plan the planner folds
-- it into a constant once (lib/search/sql.ts).
CREATE OR REPLACE FUNCTION apparatus_search_query(input text) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  romanized text := translate(apparatus_transliterate(input), 'ʹʺ', '');
  result tsquery := apparatus_search_words(input);
  word text;
  forms text[];
BEGIN
  IF romanized IS DISTINCT FROM input THEN result := result || apparatus_search_words(romanized); END IF;
  FOR word IN SELECT lexeme FROM unnest(to_tsvector('apparatus_simple', romanized)) LOOP
    forms := apparatus_name_forms(word);
    IF cardinality(forms) > 0 THEN
      result := ts_rewrite(result, quote_literal(word)::tsquery,
                          array_to_string(ARRAY(SELECT quote_literal(f) FROM unnest(word || forms) f), ' | ')::tsquery);
    END IF;
  END LOOP;
  RETURN result;
END $$;

-- The index functions of migrations search_index and image_search, as they were but for two
-- things: every vector is built by apparatus_to_tsvector, and a source's names hold its
-- newspaper's name in its own script ("Правда") beside the Latin one.

CREATE OR REPLACE FUNCTION apparatus_search_index_sources(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", language, title, body,
                                  names, document, "updatedAt")
  SELECT 'source', s.id, s."projectId", s.id, s.language, s.title,
         concat_ws(E'\n', s."titleOriginal", s."titleTransliterated", s."titleTranslated",
                   s.abstract, s.note),
         concat_ws(' · ', s.title, s."titleOriginal", s."titleTransliterated", n.names),
         setweight(apparatus_to_tsvector(c.cfg, concat_ws(' ', s.title, s."titleOriginal",
                                                          s."titleTransliterated", s."titleTranslated")), 'A')
         || setweight(apparatus_to_tsvector('apparatus_simple', n.names), 'B')
         || setweight(apparatus_to_tsvector(c.cfg, concat_ws(' ', s."collectionTitle", s.publisher,
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
      s."containerTitle", s."containerTitleOriginal", s.archive, s."archivePlace",
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

CREATE OR REPLACE FUNCTION apparatus_search_index_passages(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", "passageId", language,
                                  title, body, names, document, "updatedAt")
  SELECT 'passage', p.id, p."projectId", p."sourceId", p.id, coalesce(p.language, s.language),
         s.title, p.text, '',
         setweight(apparatus_to_tsvector(apparatus_search_config(coalesce(p.language, s.language)), p.text), 'C'),
         now()
  FROM "Passage" p JOIN "Source" s ON s.id = p."sourceId"
  WHERE p.id = ANY(ids)
  ON CONFLICT (kind, "entityId") DO UPDATE SET
    "projectId" = excluded."projectId", "sourceId" = excluded."sourceId",
    language = excluded.language, title = excluded.title, body = excluded.body,
    document = excluded.document, "updatedAt" = excluded."updatedAt"
$$;

CREATE OR REPLACE FUNCTION apparatus_search_index_translations(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", "passageId", language,
                                  title, body, names, document, "updatedAt")
  SELECT 'translation', t.id, p."projectId", p."sourceId", p.id, t.language, s.title, t.text,
         coalesce(t.translator, ''),
         setweight(apparatus_to_tsvector(apparatus_search_config(t.language), t.text), 'C'),
         now()
  FROM "PassageTranslation" t JOIN "Passage" p ON p.id = t."passageId" JOIN "Source" s ON s.id = p."sourceId"
  WHERE t.id = ANY(ids)
  ON CONFLICT (kind, "entityId") DO UPDATE SET
    language = excluded.language, title = excluded.title, body = excluded.body,
    names = excluded.names, document = excluded.document, "updatedAt" = excluded."updatedAt"
$$;

CREATE OR REPLACE FUNCTION apparatus_search_index_claims(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "claimId", language, title, body,
                                  names, document, "updatedAt")
  SELECT 'claim', c.id, c."projectId", c.id, 'en', 'C' || c.number, c.statement,
         coalesce(c.attribution, ''),
         setweight(apparatus_to_tsvector('apparatus_english', c.statement), 'A')
         || setweight(apparatus_to_tsvector('apparatus_simple', concat_ws(' ', c.attribution,
                                                                          array_to_string(c.tags, ' '))), 'B')
         || setweight(apparatus_to_tsvector('apparatus_english', coalesce(c.note, '')), 'C'),
         now()
  FROM "Claim" c
  WHERE c.id = ANY(ids)
  ON CONFLICT (kind, "entityId") DO UPDATE SET
    title = excluded.title, body = excluded.body, names = excluded.names,
    document = excluded.document, "updatedAt" = excluded."updatedAt"
$$;

CREATE OR REPLACE FUNCTION apparatus_search_index_readings(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", "readingId", "observerId",
                                  language, title, body, names, document, "updatedAt")
  SELECT 'reading', r.id, r."projectId", r."sourceId", r.id, r."observerId", 'en', o.name,
         concat_ws(E'\n', r.summary, ph.phrases),
         o.name,
         setweight(apparatus_to_tsvector('apparatus_simple', o.name), 'B')
         || setweight(apparatus_to_tsvector(apparatus_search_config(s.language), coalesce(ph.phrases, '')), 'B')
         || setweight(apparatus_to_tsvector('apparatus_english', r.summary), 'C'),
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

CREATE OR REPLACE FUNCTION apparatus_search_index_annotations(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", "passageId", "claimId",
                                  "readingId", "observerId", "authorId", "isPrivate", language,
                                  title, body, names, document, "updatedAt")
  SELECT 'annotation', a.id, a."projectId",
         coalesce(t."sourceId", tp."sourceId", tr."sourceId"), t."passageId",
         coalesce(t."claimId", tev."claimId"), t."readingId", tr."observerId",
         a."authorId", a.visibility = 'private', 'en', 'Note', a.body, '',
         setweight(apparatus_to_tsvector('apparatus_english', a.body), 'C')
         || setweight(apparatus_to_tsvector('apparatus_simple', coalesce(a."selectorExact", '')), 'D'),
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

CREATE OR REPLACE FUNCTION apparatus_search_index_images(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchEntry" AS e (kind, "entityId", "projectId", "sourceId", "passageId", language,
                                  title, body, names, document, "updatedAt")
  SELECT 'image', i.id, i."projectId", i."sourceId", i."passageId", NULL,
         coalesce(nullif(trim(i.caption), ''), i."fileName"), i."fileName",
         concat_ws(' · ', nullif(trim(i.caption), ''), i."fileName"),
         setweight(apparatus_to_tsvector('apparatus_simple', i.caption), 'A')
         || setweight(apparatus_to_tsvector('apparatus_simple', regexp_replace(i."fileName", '[._-]+', ' ', 'g')), 'C'),
         now()
  FROM "SourceImage" i
  WHERE i.id = ANY(ids)
  ON CONFLICT (kind, "entityId") DO UPDATE SET
    "projectId" = excluded."projectId", "sourceId" = excluded."sourceId",
    "passageId" = excluded."passageId", title = excluded.title, body = excluded.body,
    names = excluded.names, document = excluded.document, "updatedAt" = excluded."updatedAt"
$$;

-- Backfill: every source (its newspaper's original name), and the other entries with Cyrillic.
SELECT apparatus_search_index_sources(array_agg(id)) FROM "Source" HAVING count(*) > 0;
SELECT apparatus_search_index_passages(array_agg("entityId")) FROM "SearchEntry"
  WHERE kind = 'passage' AND document::text ~ '[Ѐ-ӿ]' HAVING count(*) > 0;
SELECT apparatus_search_index_translations(array_agg("entityId")) FROM "SearchEntry"
  WHERE kind = 'translation' AND document::text ~ '[Ѐ-ӿ]' HAVING count(*) > 0;
SELECT apparatus_search_index_claims(array_agg("entityId")) FROM "SearchEntry"
  WHERE kind = 'claim' AND document::text ~ '[Ѐ-ӿ]' HAVING count(*) > 0;
SELECT apparatus_search_index_readings(array_agg("entityId")) FROM "SearchEntry"
  WHERE kind = 'reading' AND document::text ~ '[Ѐ-ӿ]' HAVING count(*) > 0;
SELECT apparatus_search_index_annotations(array_agg("entityId")) FROM "SearchEntry"
  WHERE kind = 'annotation' AND document::text ~ '[Ѐ-ӿ]' HAVING count(*) > 0;
SELECT apparatus_search_index_images(array_agg("entityId")) FROM "SearchEntry"
  WHERE kind = 'image' AND document::text ~ '[Ѐ-ӿ]' HAVING count(*) > 0;

-- The backfill rewrote a large share of the entries, which leaves each words index about half
-- again its size and a common word's search twice as slow (37 MB against 22 MB for the passages'
-- index on the bench project, "government" 48 ms against 23 ms) until the index is rebuilt.
REINDEX TABLE "SearchEntry";
