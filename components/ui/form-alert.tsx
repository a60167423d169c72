import type { ActionError } from "@/lib/actions/authed-action";

interface ConflictChange {
  actor?: { name: string | null; email: string } | null;
  createdAt?: string;
  changes?: { field: string; before: unknown; after: unknown }[];
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/**
 * The error of a failed save, above the form. A conflict lists what the other person changed,
 * so the historian can reconcile; what they typed stays in the form.
 */
export function FormAlert({ error }: { error: ActionError | null }) {
  if (!error) return null;
  const change =
    error.code === "CONFLICT" ? (error.details?.change as ConflictChange | undefined) : undefined;
  return (
    <div role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
      <p>{error.message}</p>
      {change?.changes?.length ? (
        <dl className="mt-2 space-y-1">
          {change.changes.map((item) => (
            <div key={item.field}>
              <dt className="inline font-medium">{item.field}: </dt>
              <dd className="inline">
                <del className="text-rose-700/70">{show(item.before)}</del> →{" "}
                <ins className="no-underline">{show(item.after)}</ins>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
