import type { Metadata } from "next";
import { ClaimForm } from "@/components/claims/claim-form";
import { projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "New claim" };

export default async function NewClaimPage(props: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await props.params;
  await projectAccessForPage(projectId, "contributor");
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl">New claim</h1>
      <ClaimForm mode="create" projectId={projectId} />
    </>
  );
}
