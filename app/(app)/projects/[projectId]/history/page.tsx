import type { Metadata } from "next";
import { HistoryList } from "@/components/history/history-list";
import { listRecentActivity } from "@/lib/history/data";
import { projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "History" };

export default async function ProjectHistoryPage(props: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const entries = await listRecentActivity(access, 200);
  return (
    <>
      <h1 className="font-serif text-3xl">History</h1>
      <p className="mt-2 text-sm text-stone-600">
        Every change in the project, newest first: who, when, and what changed.
      </p>
      <HistoryList entries={entries} showEntity />
    </>
  );
}
