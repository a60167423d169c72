import type { Metadata } from "next";
import { AcceptInvitation } from "@/components/members/accept-invitation";
import { requireUser } from "@/lib/auth/session";
import { findInvitationByToken } from "@/lib/members/data";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const user = await requireUser();
  const invitation = await findInvitationByToken(token);
  if (!invitation) {
    return (
      <div className="mx-auto max-w-lg rounded-lg border border-stone-200 bg-white p-6">
        <h1 className="font-serif text-2xl">This invitation cannot be used</h1>
        <p className="mt-2 text-stone-600">
          It has expired or has already been used. Ask the project's owner for a new link.
        </p>
      </div>
    );
  }
  const forSomeoneElse = invitation.email && invitation.email.toLowerCase() !== user.email.toLowerCase();
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="font-serif text-2xl">Join “{invitation.project.name}”</h1>
      <p className="mt-2 text-stone-600">
        You are invited as <strong>{invitation.role}</strong>. The link expires on{" "}
        {invitation.expiresAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}
        .
      </p>
      {forSomeoneElse ? (
        <p className="mt-4 text-rose-800">
          This invitation is for {invitation.email}. Sign in with that account to accept it.
        </p>
      ) : (
        <div className="mt-6">
          <AcceptInvitation token={token} />
        </div>
      )}
    </div>
  );
}
