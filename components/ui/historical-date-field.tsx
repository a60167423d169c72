"use client";

import { formatEdtf } from "@/lib/dates/edtf";
import { parseHistoricalDate } from "@/lib/dates/historical-date";
import { TextField } from "./field";

/**
 * A date typed as a historian writes it, with a live reading of what will be stored
 * ("c. 1938" → 1938~, read back as “c. 1938”). The server validates it again.
 */
export function HistoricalDateField(props: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
}) {
  const parsed = props.value.trim() ? parseHistoricalDate(props.value) : null;
  const hint = !parsed ? (
    "As you would write it: “February 1938”, “c. 1938”, “14 Feb 1938?”, “1938–1939”"
  ) : parsed.ok ? (
    <>
      Reads as “{formatEdtf(parsed.edtf)}” (stored as EDTF <code>{parsed.edtf}</code>)
    </>
  ) : (
    <span className="text-amber-700">{parsed.error}</span>
  );
  return (
    <TextField
      label={props.label}
      name={props.name}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      errors={props.errors}
      hint={hint}
      autoComplete="off"
    />
  );
}
