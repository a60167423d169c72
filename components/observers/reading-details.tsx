import Link from "next/link";
import type { ReactNode } from "react";
import { STANCE_STYLE } from "@/components/evidence/stance";
import { splitAtPhrase } from "@/lib/observers/highlight";
import type { PassageExcerpt, ReadingView } from "@/lib/observers/types";

/** A text with the phrase marked, or null when the phrase is not in it. */
function marked(text: string, phrase: string): ReactNode | null {
  const parts = splitAtPhrase(text, phrase);
  if (!parts) return null;
  return (
    <>
      {parts[0]}
      <mark className="rounded-sm bg-amber-200/70 px-0.5 text-ink">{parts[1]}</mark>
      {parts[2]}
    </>
  );
}

/**
 * The passage a phrase refers to, with the phrase marked where it stands: in the original, or in
 * a translation when the observer quoted a translation.
 */
export function PassageWithPhrase({ passage, phrase }: { passage: PassageExcerpt; phrase: string }) {
  const inOriginal = marked(passage.text, phrase);
  const translation = inOriginal
    ? undefined
    : passage.translations.find((item) => splitAtPhrase(item.text, phrase));
  return (
    <div className="space-y-2">
      <blockquote
        lang={passage.language ?? undefined}
        className="whitespace-pre-line border-l-2 border-stone-300 pl-3 font-serif text-sm leading-relaxed text-stone-700"
      >
        {inOriginal ?? passage.text}
      </blockquote>
      {translation && (
        <figure>
          <blockquote
            lang={translation.language}
            className="whitespace-pre-line border-l-2 border-stone-200 pl-3 font-serif text-sm leading-relaxed text-stone-600"
          >
            {marked(translation.text, phrase)}
          </blockquote>
          <figcaption className="mt-1 pl-3 text-xs text-stone-500">
            Translation ({translation.language})
          </figcaption>
        </figure>
      )}
    </div>
  );
}

/**
 * What an observer made of a source: the conclusion, the phrases quoted or stressed with the
 * passage each comes from, the stance toward claims, and the source that documents the reading.
 */
export function ReadingDetails({ reading, projectId }: { reading: ReadingView; projectId: string }) {
  const sources = `/projects/${projectId}/sources`;
  return (
    <div className="space-y-4">
      <p className="whitespace-pre-line font-serif leading-relaxed text-stone-800">{reading.summary}</p>

      {reading.phrases.length > 0 && (
        <div>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Quoted or stressed</h4>
          <ul className="mt-2 space-y-3">
            {reading.phrases.map((phrase) => (
              <li key={phrase.id} className="space-y-1.5">
                <p className="font-serif text-stone-800">“{phrase.text}”</p>
                {phrase.passage && (
                  <>
                    <PassageWithPhrase passage={phrase.passage} phrase={phrase.text} />
                    <p className="pl-3 text-xs text-stone-500">
                      {phrase.passage.sourceId === reading.source.id ? (
                        "In the source read"
                      ) : (
                        <>
                          In{" "}
                          <Link href={`${sources}/${phrase.passage.sourceId}`} className="hover:text-accent">
                            {phrase.passage.sourceId === reading.documentation?.source.id
                              ? reading.documentation.source.shortCitation
                              : "another source"}
                          </Link>
                        </>
                      )}
                      {phrase.passage.locator && `, ${phrase.passage.locator}`}
                    </p>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      {reading.claimStances.length > 0 && (
        <div>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Toward claims</h4>
          <ul className="mt-2 space-y-1 text-sm">
            {reading.claimStances.map((item) => (
              <li key={item.claimId}>
                <span className={`font-medium ${STANCE_STYLE[item.stance].text}`}>{item.stance}</span>{" "}
                <Link
                  href={`/projects/${projectId}/claims/${item.claimId}`}
                  className="font-mono text-accent hover:underline"
                  title={item.statement}
                >
                  C{item.number}
                </Link>
                {item.note && <span className="text-stone-600"> — {item.note}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}

      <p className="text-sm text-stone-600">
        <span className="text-stone-500">Documented by </span>
        {reading.documentation ? (
          <Link
            href={`${sources}/${reading.documentation.source.id}`}
            className="font-serif text-stone-800 hover:text-accent"
          >
            {reading.documentation.short}
          </Link>
        ) : (
          <span className="italic">no source yet: cite the article, minute or dispatch</span>
        )}
      </p>
    </div>
  );
}
