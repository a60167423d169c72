import { CONTROL } from "@/components/ui/field";
import { formatEdtf } from "@/lib/dates/edtf";
import { parseHistoricalDate } from "@/lib/dates/historical-date";

/** The stored date as words the parser reads back to the same EDTF; the EDTF itself otherwise. */
export function issuedText(edtf: string | null): string {
  if (!edtf) return "";
  const words = formatEdtf(edtf);
  const reread = parseHistoricalDate(words);
  return reread.ok && reread.edtf === edtf ? words : edtf;
}

/** The date as the historian writes it, with what it will be stored as (the server has the last word). */
export function IssuedDateField({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
}) {
  const parsed = value.trim() ? parseHistoricalDate(value) : null;
  return (
    <div>
      <label htmlFor="issued" className="block text-sm font-medium text-stone-700">
        Date
      </label>
      <input
        id="issued"
        name="issued"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder="February 1938"
        autoComplete="off"
        className={CONTROL}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? "issued-error issued-preview" : "issued-preview"}
      />
      {errors?.length ? (
        <p id="issued-error" className="mt-1 text-sm text-rose-700">
          {errors[0]}
        </p>
      ) : null}
      <p id="issued-preview" aria-live="polite" className="mt-1 text-xs text-stone-500">
        {!parsed ? (
          <>
            Leave empty if undated. Write it as you would: “February 1938”, “c. 1938”, “14 Feb 1938?”,
            “1938–1939”.
          </>
        ) : parsed.ok ? (
          <>
            Stored as EDTF{" "}
            <code className="rounded bg-stone-100 px-1 font-mono text-stone-700">{parsed.edtf}</code> — reads
            “{formatEdtf(parsed.edtf)}”
          </>
        ) : (
          <span className="text-amber-800">{parsed.error}</span>
        )}
      </p>
    </div>
  );
}
