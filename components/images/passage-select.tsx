"use client";

/** A choice among the source's passages, or none: the passage a photo shows, or a region's. */
export function PassageSelect(props: {
  label: string;
  labelClassName?: string;
  value: string;
  passages: { id: string; label: string }[];
  onChange: (passageId: string) => void;
}) {
  return (
    <label className="block min-w-0 flex-1">
      <span className={props.labelClassName ?? "text-stone-600"}>{props.label}</span>
      <select
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
      >
        <option value="">(none)</option>
        {props.passages.map((passage) => (
          <option key={passage.id} value={passage.id}>
            {passage.label}
          </option>
        ))}
      </select>
    </label>
  );
}
