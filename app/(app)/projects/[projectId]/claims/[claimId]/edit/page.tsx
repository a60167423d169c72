import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/claims/claim-form";
import { getClaimDetail } from "@/lib/claims/data";
import { formatEdtf } from "@/lib/dates/edtf";
import { forbidUnlessCanModify, projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "Edit claim" };

export default async function EditClaimPage(props: {
  params: Promise<{ projectId: string; claimId: string }>;
}) {
  const { projectId, claimId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "contributor");
  const claim = await getClaimDetail(access, claimId);
  if (!claim) notFound();
  forbidUnlessCanModify(access, claim);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl">Edit C{claim.number}</h1>
      <ClaimForm
        mode="edit"
        projectId={projectId}
        claimId={claim.id}
        version={claim.version}
        initial={{
          statement: claim.statement,
          attribution: claim.attribution ?? "",
          status: claim.status,
          tags: claim.tags.join(", "),
          period: claim.periodEdtf ? formatEdtf(claim.periodEdtf) : "",
          note: claim.note ?? "",
        }}
      />
    </>
  );
}
