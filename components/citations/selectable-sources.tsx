"use client";

import { useState } from "react";
import { type SourceListItem, SourcesTable } from "@/components/sources/sources-table";
import { Button } from "@/components/ui/button";
import { ExportMenu } from "./export-menu";
import type { StyleOption } from "./style-picker";

/** The sources list with a selection mode: tick sources, then export just those. */
export function SelectableSources({
  sources,
  sourceHref,
  projectId,
  styles,
  defaultStyle,
}: {
  sources: SourceListItem[];
  sourceHref: string;
  projectId: string;
  styles: StyleOption[];
  defaultStyle: string;
}) {
  const [selecting, setSelecting] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());

  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  }

  return (
    <>
      <div className="mb-3 flex flex-wrap items-start gap-3">
        {selecting ? (
          <>
            <span className="py-1.5 text-sm text-stone-600" role="status">
              {selected.size} selected
            </span>
            <Button variant="ghost" onClick={() => setSelected(new Set(sources.map((source) => source.id)))}>
              Select all on this page
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                setSelecting(false);
                setSelected(new Set());
              }}
            >
              Done
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setSelecting(true)}>
            Select to export
          </Button>
        )}
      </div>
      {selecting && selected.size > 0 && (
        <div className="mb-4">
          <ExportMenu
            exportPath={`/api/v1/projects/${projectId}/export`}
            projectId={projectId}
            styles={styles}
            defaultStyle={defaultStyle}
            sourceIds={[...selected]}
            label={`Export ${selected.size} selected ${selected.size === 1 ? "source" : "sources"}`}
            open
          />
        </div>
      )}
      <SourcesTable
        sources={sources}
        sourceHref={sourceHref}
        selected={selecting ? selected : undefined}
        onToggle={selecting ? toggle : undefined}
      />
    </>
  );
}
