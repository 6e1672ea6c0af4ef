import { expect, test } from "./fixtures/test";

function nonceOf(csp: string | undefined): string | undefined {
  return /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
}

test("every response carries a CSP whose nonce differs per request and is on every script", async ({
  page,
  request,
}) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const [a, b] = [
    first.headers()["content-security-policy"],
    second.headers()["content-security-policy"],
  ];
  expect(nonceOf(a)).toBeTruthy();
  expect(nonceOf(a)).not.toBe(nonceOf(b));
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(a).toContain(directive);
  }
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBeTruthy();

  await test.step("every script the server sends carries this response's nonce", async () => {
    const listing = await request.get("/products");
    const nonce = nonceOf(listing.headers()["content-security-policy"]);
    const tags = (await listing.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  });

  await test.step("and the browser runs them without a CSP violation", async () => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/products");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForFunction(() => document.readyState === "complete");
    expect(violations).toEqual([]);
  });
});

test("personal pages are not stored by caches", async ({ request }) => {
  for (const path of ["/sign-in", "/account", "/admin"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["cache-control"], path).toContain("no-store");
  }
});

test("cross-origin and Origin: null posts to server actions are refused", async ({ request }) => {
  for (const origin of ["https://evil.example", "null", undefined]) {
    const response = await request.post("/sign-in", {
      headers: {
        ...(origin ? { Origin: origin } : {}),
        "Next-Action": "0".repeat(42),
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: "[]",
      maxRedirects: 0,
    });
    expect(response.status(), String(origin)).toBe(403);
  }
});
