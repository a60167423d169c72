"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { SearchBox, SearchShortcut } from "@/components/search/search-box";

const TABS = [
  { segment: "", label: "Overview" },
  { segment: "/claims", label: "Claims" },
  { segment: "/sources", label: "Sources" },
  { segment: "/observers", label: "Observers" },
  { segment: "/arguments", label: "Arguments" },
  { segment: "/export", label: "Export & import" },
  { segment: "/history", label: "History" },
  { segment: "/members", label: "Members" },
];

export function ProjectNav({
  projectId,
  projectName,
  archived,
}: {
  projectId: string;
  projectName: string;
  archived: boolean;
}) {
  const pathname = usePathname();
  const base = `/projects/${projectId}`;
  const onSearchPage = pathname === `${base}/search`;
  return (
    <div className="mb-6 border-b border-stone-200">
      <SearchShortcut />
      <div className="flex flex-wrap items-center gap-3">
        <Link href={base} className="font-serif text-lg text-stone-700 hover:text-accent">
          {projectName}
        </Link>
        {archived && <span className="text-xs uppercase tracking-wide text-stone-500">archived</span>}
        {/* The search page has its own, larger box; this one would only repeat it. */}
        {!onSearchPage && (
          <div className="ml-auto">
            <SearchBox projectId={projectId} />
          </div>
        )}
      </div>
      <nav aria-label="Project" className="-mb-px mt-2 flex gap-1 text-sm">
        {TABS.map((tab) => {
          const href = base + tab.segment;
          const active = tab.segment === "" ? pathname === base : pathname.startsWith(href);
          return (
            <Link
              key={tab.label}
              href={href}
              aria-current={active ? "page" : undefined}
              className={`border-b-2 px-3 py-2 ${active ? "border-accent text-accent" : "border-transparent text-stone-600 hover:text-ink"}`}
            >
              {tab.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
