import type { Metadata } from "next";
import { MembersManager } from "@/components/members/members-manager";
import { listMembers, listPendingInvitations } from "@/lib/members/data";
import { projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage(props: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await props.params;
  const { access, user } = await projectAccessForPage(projectId, "viewer");
  const isOwner = access.role === "owner";
  const [members, invitations] = await Promise.all([
    listMembers(access),
    isOwner ? listPendingInvitations(access) : [],
  ]);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl">Members</h1>
      <MembersManager
        projectId={projectId}
        isOwner={isOwner}
        currentUserId={user.id}
        members={members.map((member) => ({
          id: member.id,
          role: member.role,
          userId: member.user.id,
          name: member.user.name,
          email: member.user.email,
        }))}
        invitations={invitations.map((invitation) => ({
          ...invitation,
          expiresAt: invitation.expiresAt.toISOString(),
        }))}
      />
    </>
  );
}
