"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { apiError } from "./citation-job";

/** The project's own CSL styles: upload a .csl file, remove one. */
export function ProjectStyles({
  projectId,
  styles,
  canUpload,
}: {
  projectId: string;
  styles: { id: string; name: string; title: string; removable: boolean }[];
  canUpload: boolean;
}) {
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(file: File) {
    setBusy(true);
    setMessage(null);
    const response = await fetch(`/api/v1/projects/${projectId}/citation-styles`, {
      method: "POST",
      headers: { "content-type": "application/vnd.citationstyles.style+xml" },
      body: await file.text(),
    });
    setBusy(false);
    if (!response.ok) setMessage({ tone: "error", text: await apiError(response) });
    else {
      const { data } = (await response.json()) as { data: { title: string; name: string } };
      setMessage({ tone: "ok", text: `“${data.title}” can now be chosen as ${data.name}.` });
      router.refresh();
    }
  }

  async function remove(styleId: string) {
    setBusy(true);
    const response = await fetch(`/api/v1/citation-styles/${styleId}`, { method: "DELETE" });
    setBusy(false);
    if (!response.ok) setMessage({ tone: "error", text: await apiError(response) });
    else router.refresh();
  }

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded border border-stone-300 bg-white p-4 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        The project's own styles
      </h2>
      {styles.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600">None yet: the installed styles are offered.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {styles.map((style) => (
            <li key={style.id} className="flex items-center justify-between gap-2">
              <span>
                {style.title} <span className="font-mono text-xs text-stone-500">{style.name}</span>
              </span>
              {style.removable && (
                <Button variant="ghost" disabled={busy} onClick={() => remove(style.id)}>
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canUpload && (
        <div className="mt-3">
          <label htmlFor={`${id}-file`} className="block text-sm font-medium text-stone-700">
            Upload a .csl style
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csl,.xml"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void upload(file);
              event.target.value = "";
            }}
            className="mt-1 block text-sm"
          />
        </div>
      )}
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`mt-2 text-sm ${message.tone === "error" ? "text-rose-700" : "text-stone-600"}`}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
