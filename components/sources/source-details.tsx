import type { ReactNode } from "react";
import type { SourceDetail } from "@/lib/sources/data";

const CONTAINER_LABEL: Partial<Record<SourceDetail["kind"], string>> = {
  newspaper_article: "Newspaper",
  journal_article: "Journal",
  chapter: "Book",
};

/** "container_author" → "Container author", "Container authors" for several. */
function roleTerm(role: string, count: number) {
  return `${role.replaceAll("_", " ").replace(/^./, (first) => first.toUpperCase())}${count > 1 ? "s" : ""}`;
}

function nameOf(person: SourceDetail["contributors"][number]) {
  return person.family ? [person.family, person.given].filter(Boolean).join(", ") : (person.literal ?? "");
}

/** What is known of a source, field by field, only those filled in; then its abstract and note. */
export function SourceDetails({ source }: { source: SourceDetail }) {
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
            <Detail key={role} term={roleTerm(role, people.length)}>
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
                (<span lang={language}>{source.containerTitleOriginal}</span>)
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
