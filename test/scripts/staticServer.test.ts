import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { StaticServer, serveDirectory } from "../../scripts/static-server";

describe("the demo's static server", () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bt-static-"));
    root = path.join(dir, "dist");
    mkdirSync(root);
    writeFileSync(path.join(root, "taskpane.html"), "<!doctype html><title>demo</title>");
    writeFileSync(path.join(root, "sample.xlsx"), "PK");
    writeFileSync(path.join(dir, "secret.txt"), "outside");
    server = await serveDirectory(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it("serves the built files with their content types and records what was asked", async () => {
    const page = await fetch(`${server.url}/taskpane.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("<title>demo</title>");
    const book = await fetch(`${server.url}/sample.xlsx`);
    expect(book.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(server.requests).toEqual(expect.arrayContaining(["/taskpane.html", "/sample.xlsx"]));
  });

  it("gives nothing outside the directory, nothing missing and nothing but GET", async () => {
    expect((await fetch(`${server.url}/../secret.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}/%2e%2e/secret.txt`)).status).not.toBe(200);
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/taskpane.html`, { method: "POST" })).status).toBe(405);
  });
});
