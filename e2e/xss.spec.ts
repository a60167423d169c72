import { apiWrite, expect, signInThroughApi, signUpThroughApi, test } from "./fixtures";

// Classic filter-evasion payloads (OWASP XSS Filter Evasion Cheat Sheet). Each, if it ran,
// would set window.__xss or open a dialog.
const PAYLOADS = [
  "<script>window.__xss=1</script>",
  "<script>alert('xss')</script>",
  '"><script>window.__xss=1</script>',
  "'';!--\"<XSS>=&{()}",
  '<IMG SRC="javascript:window.__xss=1;">',
  "<IMG SRC=javascript:window.__xss=1>",
  "<IMG SRC=`javascript:window.__xss=1`>",
  '<img src=x onerror="window.__xss=1">',
  "<svg/onload=window.__xss=1>",
  "<BODY ONLOAD=window.__xss=1>",
  '<IFRAME SRC="javascript:window.__xss=1;"></IFRAME>',
  '<INPUT TYPE="IMAGE" SRC="javascript:window.__xss=1;">',
  '<DIV STYLE="background-image: url(javascript:window.__xss=1)">',
  "<details open ontoggle=window.__xss=1>",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
  '<a href="javascript:window.__xss=1">link</a>',
  "[markdown link](javascript:window.__xss=1)",
  "[data link](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
  "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+window.__xss=1//'>",
  "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
];

test("stored script payloads never execute on any page that shows them", async ({ page }) => {
  test.setTimeout(120_000);
  const account = await signUpThroughApi(page.request, "xss");
  await signInThroughApi(page.request, account.email, account.password);
  const request = page.request;
  const project = await (
    await apiWrite(request, "post", "/api/v1/projects", { name: PAYLOADS[0], description: PAYLOADS[7] })
  ).json();
  const projectId = project.data.id;

  const claimIds: string[] = [];
  for (const [index, payload] of PAYLOADS.entries()) {
    const claim = await (
      await apiWrite(request, "post", `/api/v1/projects/${projectId}/claims`, {
        statement: payload,
        attribution: payload,
        note: payload,
        tags: [`t${index}`],
      })
    ).json();
    claimIds.push(claim.data.id);
  }
  const source = await (
    await apiWrite(request, "post", `/api/v1/projects/${projectId}/sources`, {
      kind: "newspaper_article",
      title: PAYLOADS[8],
      titleOriginal: PAYLOADS[14],
      containerTitle: PAYLOADS[2],
      note: PAYLOADS[10],
      contributors: [{ literal: PAYLOADS[9] }],
    })
  ).json();
  const sourceId = source.data.id;
  const other = await (
    await apiWrite(request, "post", `/api/v1/projects/${projectId}/sources`, {
      kind: "book",
      title: PAYLOADS[11],
    })
  ).json();
  await apiWrite(request, "post", `/api/v1/projects/${projectId}/relations`, {
    fromSourceId: other.data.id,
    toSourceId: sourceId,
    type: "reports",
    note: PAYLOADS[12],
  });
  for (const payload of PAYLOADS) {
    const passage = await (
      await apiWrite(request, "post", `/api/v1/sources/${sourceId}/passages`, {
        text: payload,
        translations: [{ language: "en", text: payload, translator: payload }],
      })
    ).json();
    await apiWrite(request, "post", `/api/v1/claims/${claimIds[0]}/evidence`, {
      target: { kind: "passage", passageId: passage.data.id },
      stance: "supports",
      rationale: payload,
    });
    await apiWrite(request, "post", `/api/v1/projects/${projectId}/annotations`, {
      target: { kind: "passage", id: passage.data.id },
      body: payload,
      visibility: "shared",
    });
    await apiWrite(request, "post", `/api/v1/projects/${projectId}/annotations`, {
      target: { kind: "claim", id: claimIds[0] },
      body: payload,
    });
  }

  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const pages = [
    "/projects",
    `/projects/${projectId}`,
    `/projects/${projectId}/claims`,
    `/projects/${projectId}/claims/${claimIds[0]}`,
    `/projects/${projectId}/claims/${claimIds[0]}/edit`,
    `/projects/${projectId}/sources`,
    `/projects/${projectId}/sources/${sourceId}`,
    `/projects/${projectId}/sources/${sourceId}/edit`,
    `/projects/${projectId}/history`,
    `/projects/${projectId}/settings`,
    "/notes",
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // The policy that would stop an injected script even if one slipped through.
    expect(response?.headers()["content-security-policy"], path).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
    await page.waitForLoadState("networkidle");
    // Hover and open everything a user might, to trigger event-handler payloads.
    await page.mouse.move(200, 300);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss), path).toBeUndefined();
    expect(
      await page.locator('a[href^="javascript:" i], a[href^="data:" i], iframe, [onerror], [onload]').count(),
      path,
    ).toBe(0);
  }
  // The payloads are shown, as text.
  await page.goto(`/projects/${projectId}/claims/${claimIds[7]}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAYLOADS[7]!);
  expect(dialogs).toEqual([]);
});

test("pages send the security headers", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // The session cookie is out of reach of scripts.
  const account = await signUpThroughApi(page.request, "cookie");
  await signInThroughApi(page.request, account.email, account.password);
  const cookie = (await page.context().cookies()).find((item) =>
    item.name.endsWith("next-auth.session-token"),
  );
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});

test("no server secret reaches the browser's scripts", async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", async (response) => {
    if (response.url().endsWith(".js")) scripts.push(await response.text().catch(() => ""));
  });
  const account = await signUpThroughApi(page.request, "bundle");
  await signInThroughApi(page.request, account.email, account.password);
  for (const path of ["/sign-in", "/projects", "/settings", "/notes"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(scripts.length).toBeGreaterThan(3);
  const bundle = scripts.join("\n");
  // The secret the end-to-end server runs with (scripts/e2e-server.ts), and any database URL.
  expect(bundle).not.toContain("end-to-end-tests-secret-not-for-production");
  expect(bundle).not.toMatch(/postgres(ql)?:\/\/[^"'\s]*@/);
});
