"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  changeRoleAction,
  createInvitationAction,
  removeMemberAction,
  revokeInvitationAction,
} from "@/lib/members/actions";
import { PROJECT_ROLES } from "@/lib/members/schema";

export interface MemberRow {
  id: string;
  role: (typeof PROJECT_ROLES)[number];
  userId: string;
  name: string | null;
  email: string;
}

export interface InvitationRow {
  id: string;
  role: string;
  email: string | null;
  expiresAt: string;
}

const ROLE_HELP: Record<(typeof PROJECT_ROLES)[number], string> = {
  owner: "everything, including members and deleting the project",
  editor: "edit everything",
  contributor: "add, and change what they added",
  viewer: "read, and write private notes",
};

const roleOptions = PROJECT_ROLES.map((role) => ({ value: role, label: `${role} — ${ROLE_HELP[role]}` }));

/** The members of a project: owners change roles, remove members and invite by link. */
export function MembersManager(props: {
  projectId: string;
  members: MemberRow[];
  invitations: InvitationRow[];
  isOwner: boolean;
  currentUserId: string;
}) {
  const router = useRouter();
  const changeRole = useActionForm(changeRoleAction);
  const remove = useActionForm(removeMemberAction);
  const invite = useActionForm(createInvitationAction);
  const revoke = useActionForm(revokeInvitationAction);
  const [inviteRole, setInviteRole] = useState<(typeof PROJECT_ROLES)[number]>("viewer");
  const [inviteEmail, setInviteEmail] = useState("");
  const [link, setLink] = useState<string | null>(null);
  const refresh = () => router.refresh();

  return (
    <div className="space-y-10">
      <FormAlert error={changeRole.error ?? remove.error ?? revoke.error} />
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Members and their roles</caption>
        <thead>
          <tr className="border-b border-stone-300 text-xs uppercase tracking-wide text-stone-500">
            <th className="py-2">Member</th>
            <th className="py-2">Role</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody>
          {props.members.map((member) => (
            <tr key={member.id} className="border-b border-stone-200">
              <td className="py-2">
                {member.name ?? member.email}
                <span className="block text-xs text-stone-500">{member.email}</span>
              </td>
              <td className="py-2">
                {props.isOwner ? (
                  <select
                    aria-label={`Role of ${member.name ?? member.email}`}
                    className="rounded border border-stone-300 bg-white px-2 py-1"
                    value={member.role}
                    disabled={changeRole.pending}
                    onChange={(event) =>
                      changeRole.submit({ membershipId: member.id, role: event.target.value }, refresh)
                    }
                  >
                    {PROJECT_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {role}
                      </option>
                    ))}
                  </select>
                ) : (
                  member.role
                )}
              </td>
              <td className="py-2 text-right">
                {(props.isOwner || member.userId === props.currentUserId) && (
                  <Button
                    variant="ghost"
                    className="text-rose-700"
                    onClick={() => {
                      const leaving = member.userId === props.currentUserId;
                      if (
                        window.confirm(
                          leaving
                            ? "Leave this project?"
                            : `Remove ${member.name ?? member.email} from the project?`,
                        )
                      ) {
                        remove.submit({ membershipId: member.id }, () =>
                          leaving ? router.push("/projects") : refresh(),
                        );
                      }
                    }}
                  >
                    {member.userId === props.currentUserId ? "Leave" : "Remove"}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {props.isOwner && (
        <section aria-labelledby="invite-heading" className="rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="invite-heading" className="font-semibold">
            Invite by link
          </h2>
          <p className="mt-1 mb-4 text-sm text-stone-600">
            The link works once, for 7 days. Send it to your colleague yourself.
          </p>
          <form
            noValidate
            className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
            onSubmit={(event) => {
              event.preventDefault();
              invite.submit(
                { projectId: props.projectId, role: inviteRole, email: inviteEmail, expiresInDays: 7 },
                (created) => {
                  setLink(`${window.location.origin}/invite/${created.token}`);
                  setInviteEmail("");
                  refresh();
                },
              );
            }}
          >
            <SelectField
              label="Role"
              name="invite-role"
              value={inviteRole}
              onChange={(event) => setInviteRole(event.target.value as typeof inviteRole)}
              options={roleOptions}
              errors={invite.fieldErrors.role}
            />
            <div>
              <label htmlFor="invite-email" className="block text-sm font-medium text-stone-700">
                Only for this email (optional)
              </label>
              <input
                id="invite-email"
                type="email"
                value={inviteEmail}
                onChange={(event) => setInviteEmail(event.target.value)}
                className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm"
              />
              {invite.fieldErrors.email && (
                <p className="mt-1 text-sm text-rose-700">{invite.fieldErrors.email[0]}</p>
              )}
            </div>
            <Button type="submit" disabled={invite.pending}>
              Create invitation link
            </Button>
          </form>
          <FormAlert error={invite.error} />
          {link && (
            <p role="status" className="mt-4 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm">
              Invitation link (shown once):{" "}
              <code className="break-all font-mono" data-testid="invitation-link">
                {link}
              </code>
            </p>
          )}
          {props.invitations.length > 0 && (
            <ul className="mt-4 space-y-1 text-sm">
              {props.invitations.map((invitation) => (
                <li key={invitation.id} className="flex items-center justify-between gap-2">
                  <span>
                    Pending: {invitation.role}
                    {invitation.email && ` for ${invitation.email}`}, expires{" "}
                    {new Date(invitation.expiresAt).toLocaleDateString("en-GB")}
                  </span>
                  <Button
                    variant="ghost"
                    className="text-rose-700"
                    onClick={() => revoke.submit({ invitationId: invitation.id }, refresh)}
                  >
                    Revoke
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
