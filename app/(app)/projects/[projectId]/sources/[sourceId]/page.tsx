import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { z } from "zod";
import { AnnotatableText } from "@/components/annotations/annotatable-text";
import { AnnotationThreads } from "@/components/annotations/annotation-threads";
import { QuotedInForm } from "@/components/citations/quoted-in-form";
import { HistoryList } from "@/components/history/history-list";
import { PassagePhotos } from "@/components/images/passage-photos";
import { SourceImages } from "@/components/images/source-images";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AddPassage, EditablePassage } from "@/components/passages/passage-form";
import { DeleteSourceButton } from "@/components/sources/delete-source-button";
import { DeleteRelationButton, RelationForm } from "@/components/sources/relation-form";
import { Badge } from "@/components/ui/badge";
import { Pager } from "@/components/ui/pager";
import { notesContextFor } from "@/lib/annotations/context";
import { listAnnotationThreads } from "@/lib/annotations/data";
import { pageCursor } from "@/lib/api/pagination";
import { formatEdtf } from "@/lib/dates/edtf";
import { listEntityHistory } from "@/lib/history/data";
import { listImagesOfPassages, listSourceImages, SOURCE_IMAGES_PAGE } from "@/lib/images/data";
import { listSourcePassageOptions } from "@/lib/passages/data";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { canModify } from "@/lib/projects/permissions";
import { roleAtLeast } from "@/lib/projects/roles";
import {
  getSourceDependents,
  getSourceDetail,
  listSourceOptions,
  SOURCE_PASSAGES_PAGE,
  type SourceDetail,
} from "@/lib/sources/data";
import { SOURCE_KIND_INFO } from "@/lib/sources/kinds";

type Params = Promise<{ projectId: string; sourceId: string }>;

export const metadata: Metadata = { title: "Source" };

const CONTAINER_LABEL: Partial<Record<SourceDetail["kind"], string>> = {
  newspaper_article: "Newspaper",
  journal_article: "Journal",
  chapter: "Book",
};

function words(value: string) {
  return value.replaceAll("_", " ");
}

function nameOf(person: SourceDetail["contributors"][number]) {
  return person.family ? [person.family, person.given].filter(Boolean).join(", ") : (person.literal ?? "");
}

const passageCursorSchema = z.object({ position: z.number().int(), id: z.string().max(64) });

export default async function SourcePage(props: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId, sourceId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const { passages: passageCursor } = await props.searchParams;
  const passagesAfter = pageCursor(passageCursor, passageCursorSchema);
  const source = await getSourceDetail(access, sourceId, {
    limit: SOURCE_PASSAGES_PAGE,
    after: passagesAfter,
  });
  if (!source) notFound();
  const canAdd = roleAtLeast(access.role, "contributor");
  const mayModify = canModify(access, source);
  const passageIds = source.passages.map((passage) => passage.id);
  const [history, dependents, options, sourceNotes, passageNotes, images, passageImages, passageOptions] =
    await Promise.all([
      listEntityHistory(access, "source", sourceId),
      mayModify ? getSourceDependents(access, sourceId) : null,
      canAdd ? listSourceOptions(access) : [],
      listAnnotationThreads(access, "source", [sourceId]),
      listAnnotationThreads(access, "passage", passageIds),
      listSourceImages(access, sourceId, { limit: SOURCE_IMAGES_PAGE }),
      listImagesOfPassages(access, passageIds),
      listSourcePassageOptions(access, sourceId),
    ]);
  const notesContext = notesContextFor(access);
  const base = `/projects/${projectId}/sources`;
  const citation = source.reference.shortCitation;
  const language = source.language ?? undefined;
  const roles = [...new Set(source.contributors.map((person) => person.role))];
  const containerLabel = CONTAINER_LABEL[source.kind] ?? "Published in";
  const containerDetails = [
    source.volume && `vol. ${source.volume}`,
    source.issue && `no. ${source.issue}`,
    source.page && `p. ${source.page}`,
  ].filter(Boolean);

  return (
    <>
      <Breadcrumbs items={[{ label: "Sources", href: base }, { label: source.title }]} />
      <header className="max-w-4xl">
        <div className="flex flex-wrap items-center gap-3 text-sm text-stone-500">
          <span>{SOURCE_KIND_INFO[source.kind].label}</span>
          {source.issued && <span title={`EDTF ${source.issuedEdtf}`}>{source.issued}</span>}
          {source.reference.archival && <Badge tone="amber">archival</Badge>}
          {mayModify && dependents && (
            <span className="ml-auto flex items-center gap-1">
              <Link
                href={`${base}/${sourceId}/edit`}
                className="rounded px-3 py-1.5 text-sm text-stone-600 hover:bg-stone-100"
              >
                Edit
              </Link>
              <DeleteSourceButton
                projectId={projectId}
                sourceId={sourceId}
                citation={citation}
                dependents={dependents}
              />
            </span>
          )}
        </div>
        <h1 className="mt-2 font-serif text-2xl leading-snug md:text-3xl">{citation}</h1>
        <p className="mt-2 text-sm">
          <Link href={`${base}/${sourceId}/comparison`} className="text-accent hover:underline">
            Compare readings →
          </Link>
        </p>

        <dl className="mt-6 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_minmax(0,1fr)]">
          <Detail term="Title">
            <span className="font-serif text-base">{source.title}</span>
          </Detail>
          {source.titleOriginal && (
            <Detail term="Original title">
              <span lang={language} className="font-serif text-base">
                {source.titleOriginal}
              </span>
            </Detail>
          )}
          {source.titleTransliterated && (
            <Detail term="Transliteration">
              <span className="italic">{source.titleTransliterated}</span>
            </Detail>
          )}
          {source.titleTranslated && <Detail term="Translated title">{source.titleTranslated}</Detail>}
          {roles.map((role) => {
            const people = source.contributors.filter((person) => person.role === role);
            return (
              <Detail
                key={role}
                term={`${words(role).replace(/^./, (first) => first.toUpperCase())}${people.length > 1 ? "s" : ""}`}
              >
                {people.map((person, index) => (
                  <span key={person.id}>
                    {index > 0 && "; "}
                    {nameOf(person)}
                    {person.original && (
                      <>
                        {" "}
                        (<span lang={language}>{person.original}</span>)
                      </>
                    )}
                  </span>
                ))}
              </Detail>
            );
          })}
          {source.containerTitle && (
            <Detail term={containerLabel}>
              <span className="italic">{source.containerTitle}</span>
              {source.containerTitleOriginal && (
                <>
                  {" "}
                  (<span lang={source.language ?? undefined}>{source.containerTitleOriginal}</span>)
                </>
              )}
              {containerDetails.length > 0 && `, ${containerDetails.join(", ")}`}
            </Detail>
          )}
          {!source.containerTitle && containerDetails.length > 0 && (
            <Detail term="Volume, issue, page">{containerDetails.join(", ")}</Detail>
          )}
          {source.collectionTitle && <Detail term="Series">{source.collectionTitle}</Detail>}
          {(source.publisher || source.publisherPlace) && (
            <Detail term="Publisher">
              {[source.publisherPlace, source.publisher].filter(Boolean).join(": ")}
            </Detail>
          )}
          {source.edition && <Detail term="Edition">{source.edition}</Detail>}
          {source.language && <Detail term="Language">{source.language}</Detail>}
          {(source.archive || source.archivePlace) && (
            <Detail term="Archive">{[source.archive, source.archivePlace].filter(Boolean).join(", ")}</Detail>
          )}
          {source.archiveLocationComposed && (
            <Detail term="Archival reference">
              <span className="font-serif">{source.archiveLocationComposed}</span>
            </Detail>
          )}
          {source.doi && (
            <Detail term="DOI">
              <a href={`https://doi.org/${source.doi}`} className="text-accent underline" rel="noreferrer">
                {source.doi}
              </a>
            </Detail>
          )}
          {source.isbn && <Detail term="ISBN">{source.isbn}</Detail>}
          {source.url && (
            <Detail term="Web address">
              <a href={source.url} className="break-all text-accent underline" rel="noreferrer">
                {source.url}
              </a>
            </Detail>
          )}
          {source.createdBy && (
            <Detail term="Added by">{source.createdBy.name ?? source.createdBy.email}</Detail>
          )}
        </dl>
        {source.abstract && (
          <div className="mt-6">
            <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-500">Abstract</h2>
            <p className="mt-1 whitespace-pre-line text-stone-700">{source.abstract}</p>
          </div>
        )}
        {source.note && (
          <div className="mt-4 rounded border-l-4 border-amber-300 bg-amber-50 px-4 py-3">
            <h2 className="sr-only">Note</h2>
            <p className="whitespace-pre-line text-sm text-stone-800">{source.note}</p>
          </div>
        )}
        <QuotedInForm
          source={source}
          editable={mayModify}
          options={options.map((option) => ({ id: option.id, label: option.title }))}
        />
      </header>

      <div className="mt-12 max-w-5xl">
        <SourceImages
          sourceId={sourceId}
          sourceLanguage={source.language}
          images={images.data}
          total={images.total}
          nextCursor={images.nextCursor}
          member={{ userId: access.userId, role: access.role }}
          passages={passageOptions}
        />
      </div>

      <section className="mt-12 max-w-5xl" aria-labelledby="passages-heading">
        <h2 id="passages-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          Passages <span className="text-stone-400">({source.passageCount})</span>
        </h2>
        {source.passageCount === 0 && (
          <p className="mt-3 text-sm text-stone-500">No passages transcribed yet.</p>
        )}
        {passagesAfter && (
          <p className="mt-2 text-sm text-stone-500">
            Later passages.{" "}
            <Link href={`${base}/${sourceId}#passages-heading`} className="text-accent underline">
              Back to the first ones
            </Link>
          </p>
        )}
        <ol className="mt-3 space-y-4">
          {source.passages.map((passage) => (
            <li
              key={passage.id}
              id={`passage-${passage.id}`}
              className="scroll-mt-6 rounded-lg border border-stone-200 bg-white p-4 shadow-sm target:ring-2 target:ring-accent"
            >
              <EditablePassage
                sourceId={sourceId}
                canModify={canModify(access, passage)}
                passage={{
                  id: passage.id,
                  version: passage.version,
                  text: passage.text,
                  language: passage.language,
                  page: passage.page,
                  folio: passage.folio,
                  column: passage.column,
                  paragraph: passage.paragraph,
                  note: passage.note,
                  translations: passage.translations.map(({ language, text, translator, note }) => ({
                    note,
                    language,
                    text,
                    translator,
                  })),
                }}
              >
                <div className={passage.translations.length ? "grid gap-4 md:grid-cols-2" : undefined}>
                  <AnnotatableText
                    context={notesContext}
                    passageId={passage.id}
                    text={passage.text}
                    lang={passage.language ?? language}
                    className="whitespace-pre-line font-serif leading-relaxed"
                    notes={passageNotes.get(passage.id) ?? []}
                  />
                  {passage.translations.length > 0 && (
                    <div className="space-y-4 border-stone-200 md:border-l md:pl-4">
                      {passage.translations.map((translation) => (
                        <figure key={translation.id}>
                          <blockquote
                            lang={translation.language}
                            className="whitespace-pre-line font-serif leading-relaxed text-stone-700"
                          >
                            {translation.text}
                          </blockquote>
                          <figcaption className="mt-1 text-xs text-stone-500">
                            Translation ({translation.language})
                            {translation.translator && `, by ${translation.translator}`}
                          </figcaption>
                        </figure>
                      ))}
                    </div>
                  )}
                </div>
                {(passage.locator || passage.note) && (
                  <p className="mt-3 text-sm text-stone-600">
                    {passage.locator && <span className="font-medium">{passage.locator}</span>}
                    {passage.locator && passage.note && " · "}
                    {passage.note && <span className="italic">{passage.note}</span>}
                  </p>
                )}
                <PassagePhotos images={passageImages.get(passage.id) ?? []} />
              </EditablePassage>
              <div className="mt-3 border-t border-stone-100 pt-2">
                <AnnotationThreads
                  context={notesContext}
                  target={{ kind: "passage", id: passage.id }}
                  threads={passageNotes.get(passage.id) ?? []}
                  text={passage.text}
                  heading="Notes on this passage"
                />
              </div>
            </li>
          ))}
        </ol>
        <Pager
          label="Pages of passages"
          previousHref={null}
          nextHref={
            source.passagesNextCursor &&
            `${base}/${sourceId}?${new URLSearchParams({ passages: source.passagesNextCursor })}#passages-heading`
          }
        />
        {canAdd && (
          <div className="mt-4">
            <AddPassage sourceId={sourceId} defaultLanguage={source.language} />
          </div>
        )}
      </section>

      <section className="mt-12 max-w-5xl" aria-labelledby="provenance-heading">
        <h2 id="provenance-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          Provenance
        </h2>
        <div className="mt-3 grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="font-medium text-stone-700">This source …</h3>
            {source.derivesFrom.length === 0 ? (
              <p className="mt-2 text-sm text-stone-500">Derives from no other source recorded here.</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {source.derivesFrom.map((relation) => (
                  <li
                    key={relation.id}
                    className="rounded border border-stone-200 bg-white px-3 py-2 text-sm shadow-sm"
                  >
                    <div className="flex flex-wrap items-center gap-x-2">
                      <span className="font-medium text-accent">{words(relation.type)} →</span>
                      <Link href={`${base}/${relation.source.id}`} className="font-serif hover:text-accent">
                        {relation.source.shortCitation}
                      </Link>
                      {canModify(access, relation) && (
                        <span className="ml-auto">
                          <DeleteRelationButton
                            relationId={relation.id}
                            description={`this source ${words(relation.type)} ${relation.source.shortCitation}`}
                          />
                        </span>
                      )}
                    </div>
                    {relation.note && <p className="mt-1 italic text-stone-600">{relation.note}</p>}
                  </li>
                ))}
              </ul>
            )}
            {source.derivesFromCount > source.derivesFrom.length && (
              <p role="note" className="mt-2 text-sm text-stone-500">
                The first {source.derivesFrom.length} of {source.derivesFromCount} are shown.
              </p>
            )}
          </div>
          <div>
            <h3 className="font-medium text-stone-700">… of this source</h3>
            {source.derivedBy.length === 0 ? (
              <p className="mt-2 text-sm text-stone-500">No other source recorded here derives from it.</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {source.derivedBy.map((relation) => (
                  <li
                    key={relation.id}
                    className="rounded border border-stone-200 bg-white px-3 py-2 text-sm shadow-sm"
                  >
                    <div className="flex flex-wrap items-center gap-x-2">
                      <Link href={`${base}/${relation.source.id}`} className="font-serif hover:text-accent">
                        {relation.source.shortCitation}
                      </Link>
                      <span className="font-medium text-accent">{words(relation.type)} this</span>
                      {canModify(access, relation) && (
                        <span className="ml-auto">
                          <DeleteRelationButton
                            relationId={relation.id}
                            description={`${relation.source.shortCitation} ${words(relation.type)} this source`}
                          />
                        </span>
                      )}
                    </div>
                    {relation.note && <p className="mt-1 italic text-stone-600">{relation.note}</p>}
                  </li>
                ))}
              </ul>
            )}
            {source.derivedByCount > source.derivedBy.length && (
              <p role="note" className="mt-2 text-sm text-stone-500">
                The first {source.derivedBy.length} of {source.derivedByCount} are shown.
              </p>
            )}
          </div>
        </div>
        {canAdd && (
          <div className="mt-6">
            <RelationForm
              projectId={projectId}
              sourceId={sourceId}
              sources={options
                .filter((option) => option.id !== sourceId)
                .map((option) => ({
                  id: option.id,
                  label: [
                    option.title,
                    option.containerTitle,
                    option.issuedEdtf && formatEdtf(option.issuedEdtf),
                  ]
                    .filter(Boolean)
                    .join(", "),
                }))}
            />
          </div>
        )}
      </section>

      <section className="mt-12 max-w-4xl" aria-labelledby="source-notes-heading">
        <h2
          id="source-notes-heading"
          className="text-sm font-semibold uppercase tracking-wide text-stone-500"
        >
          Notes on this source
        </h2>
        <div className="mt-3">
          <AnnotationThreads
            context={notesContext}
            target={{ kind: "source", id: sourceId }}
            threads={sourceNotes.get(sourceId) ?? []}
            heading="Notes on this source"
          />
        </div>
      </section>

      <section className="mt-12 max-w-4xl" aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          History
        </h2>
        <HistoryList entries={history} />
      </section>
    </>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-stone-500">{term}</dt>
      <dd className="text-stone-800">{children}</dd>
    </>
  );
}
