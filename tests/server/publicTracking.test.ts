import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSeededServer } from "./serverTestKit";
import type { TestServer } from "./serverTestKit";

let server: TestServer;

beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(async () => server.close());

describe("public tracking", () => {
  it("shows number, procedure, commune and stages, and no personal data", async () => {
    for (const lang of ["fr", "ar"]) {
      const response = await fetch(`${server.url}/track/KH-1?lang=${lang}`);
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(html).toContain("KH-1");
      expect(html).toContain("Khemisset");
      expect(html).not.toContain("Applicant Alpha");
      expect(html).not.toContain("Architect Gamma");
      expect(html).not.toContain("T-KH-1");
      expect(html).toContain(lang === "ar" ? 'dir="rtl"' : 'dir="ltr"');
      expect(html).toContain(
        lang === "ar" ? "رخصة البناء" : "Autorisation de construire",
      );
      expect(html).toContain("?lang=ar");
      expect(html).toContain("?lang=fr");
    }
  });

  it("finds a number written with slashes, as Moroccan numbers often are", async () => {
    const number = encodeURIComponent("TF/2026/1");
    const page = await fetch(`${server.url}/track/${number}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("TF/2026/1");
    expect(page.headers.get("content-security-policy")).toContain(
      "default-src 'none'",
    );
    const json = await fetch(`${server.url}/api/public/dossiers/${number}`);
    expect(json.status).toBe(200);
  });

  it("answers an unknown number with a 404 page, escaped", async () => {
    const response = await fetch(
      `${server.url}/track/${encodeURIComponent("<script>x</script>")}`,
    );
    const html = await response.text();
    expect(response.status).toBe(404);
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>");
  });

  it("serves the same public fields as JSON, and the form", async () => {
    const json = await fetch(`${server.url}/api/public/dossiers/KH-1`);
    const body = (await json.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      ["commune", "number", "procedure", "stages", "status"].sort(),
    );
    expect(JSON.stringify(body)).not.toContain("Applicant");
    expect((await fetch(`${server.url}/api/public/dossiers/none`)).status).toBe(
      404,
    );

    const form = await fetch(`${server.url}/track`);
    expect(await form.text()).toContain('name="number"');
    const health = await fetch(`${server.url}/api/health`);
    expect(await health.json()).toMatchObject({ status: "ok" });
  });
});
