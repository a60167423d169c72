import { CONTROL, TextField } from "@/components/ui/field";
import { shortTitle } from "@/lib/citations/short-title";
import { hasCyrillic, romanizeCyrillic } from "@/lib/text/transliterate";
import type { BindField, Texts } from "./fields";
import { Group } from "./group";

/** The title as printed, in its original script, transliterated, translated and shortened. */
export function TitleFields({
  texts,
  bind,
  onTransliterate,
}: {
  texts: Texts;
  bind: BindField;
  onTransliterate: (romanized: string) => void;
}) {
  // Cyrillic titles are romanized for citations when no transliteration is typed; offered here
  // so that the historian sees it and can keep or correct it.
  const suggestedRomanization =
    hasCyrillic(texts.titleOriginal) &&
    romanizeCyrillic(texts.titleOriginal.trim()) !== texts.titleTransliterated.trim()
      ? romanizeCyrillic(texts.titleOriginal.trim())
      : null;

  return (
    <Group legend="Title">
      <TextField
        label="Title"
        required
        hint="As printed, or a description in square brackets: [Minute on the Anschluss]"
        {...bind("title")}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label="Title in the original script"
          lang={texts.language || undefined}
          className={`${CONTROL} font-serif`}
          {...bind("titleOriginal")}
        />
        <div>
          <TextField
            label="Transliteration"
            hint="Cited in place of a non-Latin title (Settings → Citations)"
            {...bind("titleTransliterated")}
          />
          {suggestedRomanization && (
            <p className="mt-1 text-sm text-stone-600">
              Library of Congress: <span className="font-serif">{suggestedRomanization}</span>{" "}
              <button
                type="button"
                className="font-medium text-accent underline underline-offset-2"
                onClick={() => onTransliterate(suggestedRomanization)}
              >
                Use it
              </button>
            </p>
          )}
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label="Translated title" {...bind("titleTranslated")} />
        <TextField
          label="Short title"
          hint={`For short notes, at most four words. Left empty: “${shortTitle(texts.title.trim() || "…")}”`}
          {...bind("titleShort")}
        />
      </div>
    </Group>
  );
}
