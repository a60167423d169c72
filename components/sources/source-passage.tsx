import { AnnotatableText } from "@/components/annotations/annotatable-text";
import { AnnotationThreads } from "@/components/annotations/annotation-threads";
import { PassagePhotos } from "@/components/images/passage-photos";
import { EditablePassage } from "@/components/passages/passage-form";
import type { AnnotationView, NotesContext } from "@/lib/annotations/types";
import type { SourceImageView } from "@/lib/images/data";
import type { SourceDetail } from "@/lib/sources/data";

/**
 * One passage of the source page: its text (annotatable) beside its translations, its place in
 * the source, the photos it was read from, and the notes on it. A link to #passage-<id> lands here.
 */
export function SourcePassage({
  sourceId,
  passage,
  canModify,
  sourceLanguage,
  notesContext,
  notes,
  images,
}: {
  sourceId: string;
  passage: SourceDetail["passages"][number];
  canModify: boolean;
  /** The language of a passage that names none. */
  sourceLanguage: string | undefined;
  notesContext: NotesContext;
  notes: AnnotationView[];
  images: SourceImageView[];
}) {
  return (
    <li
      id={`passage-${passage.id}`}
      className="scroll-mt-6 rounded-lg border border-stone-200 bg-white p-4 shadow-sm target:ring-2 target:ring-accent"
    >
      <EditablePassage
        sourceId={sourceId}
        canModify={canModify}
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
            lang={passage.language ?? sourceLanguage}
            className="whitespace-pre-line font-serif leading-relaxed"
            notes={notes}
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
        <PassagePhotos images={images} />
      </EditablePassage>
      <div className="mt-3 border-t border-stone-100 pt-2">
        <AnnotationThreads
          context={notesContext}
          target={{ kind: "passage", id: passage.id }}
          threads={notes}
          text={passage.text}
          heading="Notes on this passage"
        />
      </div>
    </li>
  );
}
