import type { Metadata } from "next";
import { HistoryList } from "@/components/history/history-list";
import { Pager } from "@/components/ui/pager";
import { pageCursor } from "@/lib/api/pagination";
import { listProjectHistory } from "@/lib/history/data";
import { historyCursorSchema } from "@/lib/history/schema";
import { projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "History" };

const PAGE_SIZE = 100;

export default async function ProjectHistoryPage(props: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const { after, before } = await props.searchParams;
  const page = await listProjectHistory(access, {
    limit: PAGE_SIZE,
    after: pageCursor(after, historyCursorSchema),
    before: pageCursor(before, historyCursorSchema),
  });
  const base = `/projects/${projectId}/history`;
  return (
    <>
      <h1 className="font-serif text-3xl">History</h1>
      <p className="mt-2 text-sm text-stone-600">
        Every change in the project, newest first: who, when, and what changed.
      </p>
      <HistoryList entries={page.entries} showEntity />
      <Pager
        label="History pages"
        previousHref={
          page.previousCursor && `${base}?${new URLSearchParams({ before: page.previousCursor })}`
        }
        nextHref={page.nextCursor && `${base}?${new URLSearchParams({ after: page.nextCursor })}`}
      />
    </>
  );
}
