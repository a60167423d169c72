import { describe, expect, it } from "vitest";
import { etagMatches, taggedJsonResponse } from "./http-cache";

describe("etagMatches", () => {
  it("finds the tag in a list, weakly, and matches *", () => {
    expect(etagMatches('W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"x", W/"abc" ', 'W/"abc"')).toBe(true);
    expect(etagMatches("*", 'W/"abc"')).toBe(true);
  });
  it("does not match another tag, or no header", () => {
    expect(etagMatches('W/"abd"', 'W/"abc"')).toBe(false);
    expect(etagMatches('"ab"', 'W/"abc"')).toBe(false);
    expect(etagMatches(null, 'W/"abc"')).toBe(false);
    expect(etagMatches("", 'W/"abc"')).toBe(false);
  });
});

describe("taggedJsonResponse", () => {
  const json = new TextEncoder().encode(JSON.stringify({ data: { text: "Письмо товарища Сталина" } }));
  const body = { json, etag: 'W/"tag"' };
  const get = (headers: Record<string, string>) =>
    taggedJsonResponse(new Request("http://localhost/x", { headers }), body);

  it("sends the JSON with its tag, to be revalidated each time", async () => {
    const response = get({});
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('W/"tag"');
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(json);
  });

  it("answers 304 with no body to a client that has it", async () => {
    const response = get({ "if-none-match": 'W/"other", W/"tag"' });
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe('W/"tag"');
    expect(await response.text()).toBe("");
  });

  it("sends the body to a client that has another version", async () => {
    expect(get({ "if-none-match": 'W/"older"' }).status).toBe(200);
  });
});
