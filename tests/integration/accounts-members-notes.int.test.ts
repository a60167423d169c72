import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as postReply } from "@/app/api/v1/annotations/[annotationId]/replies/route";
import { PATCH as patchNote } from "@/app/api/v1/annotations/[annotationId]/route";
import { GET as myNotes } from "@/app/api/v1/annotations/mine/route";
import { GET as listNotes, POST as postNote } from "@/app/api/v1/projects/[projectId]/annotations/route";
import { POST as postUser } from "@/app/api/v1/users/route";
import { anchorSelector, createSelector } from "@/lib/annotations/anchoring";
import { changePassword, findOrCreateOAuthUser } from "@/lib/auth/mutations";
import { authOptions, TOO_MANY_ATTEMPTS } from "@/lib/auth/options";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { acceptInvitation, changeRole, createInvitation, removeMember } from "@/lib/members/mutations";
import { requireProjectAccess } from "@/lib/projects/access";
import { callRoute, createProject, createUser, sessionCookie, unique } from "./factories";

describe("accounts", () => {
  afterEach(() => {
    delete process.env.SIGNUP_OPEN;
  });

  it("POST /api/v1/users creates an account with a hashed password, once per email", async () => {
    const email = `${unique("new")}@example.org`;
    const created = await callRoute(postUser, "/api/v1/users", {
      method: "POST",
      body: { name: "Ada", email: email.toUpperCase(), password: "a long password" },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ email, name: "Ada" });
    expect(created.body.data.passwordHash).toBeUndefined();
    const stored = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword("a long password", stored.passwordHash!)).toBe(true);

    const again = await callRoute(postUser, "/api/v1/users", {
      method: "POST",
      body: { name: "Ada", email, password: "a long password" },
    });
    expect(again.status).toBe(409);
    const short = await callRoute(postUser, "/api/v1/users", {
      method: "POST",
      body: { name: "B", email: `b-${email}`, password: "short" },
    });
    expect(short.body.error.fieldErrors.password).toEqual(["Use at least 10 characters"]);
  });

  it("sign-up can be closed by SIGNUP_OPEN=false", async () => {
    process.env.SIGNUP_OPEN = "false";
    const closed = await callRoute(postUser, "/api/v1/users", {
      method: "POST",
      body: { name: "C", email: `${unique("c")}@example.org`, password: "a long password" },
    });
    expect(closed.status).toBe(403);
  });

  it("changes a password only with the current one", async () => {
    const user = await prisma.user.create({
      data: { email: `${unique("pw")}@example.org`, passwordHash: await hashPassword("the old password") },
    });
    await expect(changePassword(user.id, "wrong", "the new password")).rejects.toThrow(/current password/);
    await changePassword(user.id, "the old password", "the new password");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("the new password", stored.passwordHash!)).toBe(true);
  });

  it("throttles sign-in after repeated failures for an account, even with the right password", async () => {
    const email = `${unique("throttle")}@example.org`;
    await prisma.user.create({ data: { email, passwordHash: await hashPassword("the right password") } });
    const credentials = authOptions().providers[0] as unknown as {
      options: {
        authorize: (
          credentials: Record<string, string>,
          request: { headers: Record<string, string> },
        ) => Promise<unknown>;
      };
    };
    const authorize = (password: string) =>
      credentials.options.authorize({ email, password }, { headers: { "x-forwarded-for": "203.0.113.7" } });
    expect(await authorize("the right password")).toMatchObject({ email });
    for (let attempt = 0; attempt < 5; attempt++) expect(await authorize("wrong")).toBeNull();
    await expect(authorize("the right password")).rejects.toThrow(TOO_MANY_ATTEMPTS);
  });

  it("links a GitHub or OpenID identity to the account with the same email, once", async () => {
    const user = await createUser("oauth");
    const identity = {
      provider: "github",
      providerAccountId: unique("gh"),
      type: "oauth",
      email: user.email.toUpperCase(),
      name: "Gh",
    };
    expect((await findOrCreateOAuthUser(identity)).id).toBe(user.id);
    expect((await findOrCreateOAuthUser({ ...identity, email: "changed@example.org" })).id).toBe(user.id);
    const fresh = await findOrCreateOAuthUser({
      ...identity,
      providerAccountId: unique("gh"),
      email: `${unique("newgh")}@example.org`,
    });
    expect(fresh.id).not.toBe(user.id);
  });
});

describe("members and invitations", () => {
  it("a project always keeps an owner", async () => {
    const owner = await createUser("sole-owner");
    const project = await createProject([{ userId: owner.id, role: "owner" }]);
    const access = await requireProjectAccess(owner.id, project.id, "owner");
    const membership = await prisma.membership.findFirstOrThrow({ where: { projectId: project.id } });
    await expect(changeRole(access, membership.id, "editor")).rejects.toThrow(/at least one owner/);
    await expect(removeMember(access, membership.id)).rejects.toThrow(/at least one owner/);
    expect((await prisma.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe("owner");
  });

  it("an invitation link joins once, with its role, before it expires, for its addressee only", async () => {
    const owner = await createUser("inviter");
    const guest = await createUser("guest");
    const other = await createUser("other");
    const project = await createProject([{ userId: owner.id, role: "owner" }]);
    const access = await requireProjectAccess(owner.id, project.id, "owner");

    const invitation = await createInvitation(access, { role: "viewer", expiresInDays: 7 });
    expect(await prisma.invitation.count({ where: { tokenHash: invitation.token } })).toBe(0);
    await acceptInvitation(guest, invitation.token);
    expect(
      (
        await prisma.membership.findUniqueOrThrow({
          where: { projectId_userId: { projectId: project.id, userId: guest.id } },
        })
      ).role,
    ).toBe("viewer");
    await expect(acceptInvitation(other, invitation.token)).rejects.toThrow(
      /expired or has already been used/,
    );

    const addressed = await createInvitation(access, {
      role: "editor",
      email: guest.email,
      expiresInDays: 7,
    });
    await expect(acceptInvitation(other, addressed.token)).rejects.toThrow(/is for/);

    const expired = await createInvitation(access, { role: "editor", expiresInDays: 1 });
    await prisma.invitation.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(acceptInvitation(other, expired.token)).rejects.toThrow(/expired/);
  });
});

describe("annotations", () => {
  let owner: { id: string };
  let viewer: { id: string };
  let projectId: string;
  let claimId: string;
  let passageId: string;
  const text = "Победа социализма в нашей стране не является окончательной.";

  beforeAll(async () => {
    owner = await createUser("annotator");
    viewer = await createUser("reader");
    projectId = (
      await createProject([
        { userId: owner.id, role: "owner" },
        { userId: viewer.id, role: "viewer" },
      ])
    ).id;
    claimId = (await prisma.claim.create({ data: { projectId, number: 1, statement: "S" } })).id;
    const source = await prisma.source.create({
      data: {
        projectId,
        kind: "newspaper_article",
        cslType: "article-newspaper",
        title: "Reply",
        containerTitle: "Pravda",
      },
    });
    passageId = (
      await prisma.passage.create({ data: { projectId, sourceId: source.id, text, language: "ru" } })
    ).id;
  });

  const note = (userId: string, body: unknown) =>
    callRoute(postNote, "/n", { userId, method: "POST", params: { projectId }, body });
  const visibleIds = async (userId: string) =>
    (await callRoute(listNotes, "/n", { userId, params: { projectId } })).body.data.map(
      (item: { id: string }) => item.id,
    );

  it("a private note is seen by its author only; a shared one by every member", async () => {
    const secret = await note(owner.id, { target: { kind: "claim", id: claimId }, body: "Only *mine*" });
    const shared = await note(owner.id, {
      target: { kind: "claim", id: claimId },
      body: "For all",
      visibility: "shared",
    });
    expect(secret.status).toBe(201);
    expect(await visibleIds(owner.id)).toEqual(
      expect.arrayContaining([secret.body.data.id, shared.body.data.id]),
    );
    const seenByViewer = await visibleIds(viewer.id);
    expect(seenByViewer).toContain(shared.body.data.id);
    expect(seenByViewer).not.toContain(secret.body.data.id);
    // Someone else's private note does not exist, for every operation.
    const reply = await callRoute(postReply, "/r", {
      userId: viewer.id,
      method: "POST",
      params: { annotationId: secret.body.data.id },
      body: { body: "?" },
    });
    expect(reply.status).toBe(404);
    const edit = await callRoute(patchNote, "/p", {
      userId: viewer.id,
      method: "PATCH",
      params: { annotationId: secret.body.data.id },
      body: { version: 1, body: "x" },
    });
    expect(edit.status).toBe(404);
    // Private notes stay out of the project's history, which every member reads.
    expect(await prisma.activity.count({ where: { entityId: secret.body.data.id } })).toBe(0);
  });

  it("a viewer keeps private notes but cannot share", async () => {
    expect(
      (await note(viewer.id, { target: { kind: "claim", id: claimId }, body: "My reading" })).status,
    ).toBe(201);
    const shared = await note(viewer.id, {
      target: { kind: "claim", id: claimId },
      body: "To all",
      visibility: "shared",
    });
    expect(shared.status).toBe(403);
    expect(shared.body.error.message).toMatch(/private notes only/);
  });

  it("a note on a span keeps its quote and re-anchors after the passage is edited, or is orphaned but kept", async () => {
    const start = text.indexOf("не является окончательной");
    const selector = createSelector(text, start, start + "не является окончательной".length);
    const created = await note(owner.id, {
      target: { kind: "passage", id: passageId },
      body: "Key phrase",
      selector,
    });
    expect(created.status).toBe(201);
    const wrong = await note(owner.id, {
      target: { kind: "passage", id: passageId },
      body: "x",
      selector: { ...selector, exact: "не существует" },
    });
    expect(wrong.status).toBe(400);

    const edited = `«${text}» (Правда)`;
    await prisma.passage.update({ where: { id: passageId }, data: { text: edited } });
    const stored = await prisma.annotation.findUniqueOrThrow({ where: { id: created.body.data.id } });
    const span = anchorSelector(edited, {
      exact: stored.selectorExact!,
      prefix: stored.selectorPrefix!,
      suffix: stored.selectorSuffix!,
      start: stored.selectorStart!,
    });
    expect(span && edited.slice(span.start, span.end)).toBe("не является окончательной");

    await prisma.passage.update({ where: { id: passageId }, data: { text: "Совсем другой текст." } });
    expect(
      anchorSelector("Совсем другой текст.", {
        exact: stored.selectorExact!,
        prefix: "",
        suffix: "",
        start: 0,
      }),
    ).toBeNull();
    expect(await visibleIds(owner.id)).toContain(created.body.data.id);
  });

  it("exports one's notes as Markdown with the annotated source's citation", async () => {
    const response = await myNotes(
      new Request("http://localhost/api/v1/annotations/mine?format=markdown", {
        headers: { cookie: await sessionCookie(owner.id) },
      }),
      {},
    );
    expect(response.headers.get("content-type")).toMatch(/text\/markdown/);
    const markdown = await response.text();
    expect(markdown).toContain("# My notes");
    expect(markdown).toContain("Source: “Reply”, Pravda");
    expect(markdown).toContain("Key phrase");
  });

  it("lists one's notes through the API a page at a time, newest first, by keyset", async () => {
    const writer = await createUser("prolific");
    const own = (
      await createProject([
        { userId: writer.id, role: "owner" },
        { userId: owner.id, role: "editor" },
      ])
    ).id;
    const claim = await prisma.claim.create({ data: { projectId: own, number: 1, statement: "S" } });
    const start = Date.parse("1938-02-14T12:00:00Z");
    await prisma.annotation.createMany({
      data: [
        // Two notes share each instant but the last: ties are broken by id.
        ...Array.from({ length: 7 }, (_, index) => ({
          authorId: writer.id,
          body: `Note ${index}`,
          createdAt: new Date(start + Math.floor(index / 2) * 1000),
        })),
        // Someone else's note, shared, in the same project: not one of "mine".
        { authorId: owner.id, body: "Not the writer's", visibility: "shared" as const },
      ].map((row) => ({ ...row, projectId: own, claimId: claim.id })),
    });
    const bodies: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = new URLSearchParams({ limit: "3", ...(cursor ? { cursor } : {}) }).toString();
      const { status, body } = await callRoute(myNotes, `/api/v1/annotations/mine?${query}`, {
        userId: writer.id,
      });
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(["data", "nextCursor"]);
      expect(body.data.length).toBeLessThanOrEqual(3);
      bodies.push(...body.data.map((item: { body: string }) => item.body));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(bodies).toEqual([6, 5, 4, 3, 2, 1, 0].map((n) => `Note ${n}`));

    const bad = await callRoute(myNotes, "/api/v1/annotations/mine?cursor=nonsense", { userId: writer.id });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fieldErrors.cursor).toBeDefined();
  });
});
