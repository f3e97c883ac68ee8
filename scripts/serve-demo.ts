/**
 * `npm run demo`: serves the built add-in (dist/) on http://127.0.0.1:8080 so the task pane runs
 * as the standalone demo in any browser, without Excel and without dev certificates.
 */
import { existsSync } from "fs";
import path from "path";
import { serveDirectory } from "./static-server";

async function main(): Promise<void> {
  const dist = path.join(__dirname, "..", "dist");
  if (!existsSync(path.join(dist, "taskpane.html"))) {
    process.stderr.write("dist/taskpane.html is missing: run `npm run build` first.\n");
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 8080);
  const server = await serveDirectory(dist, port);
  process.stdout.write(`Demo: ${server.url}/taskpane.html  (Ctrl+C stops)\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
});
