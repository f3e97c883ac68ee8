import { LocalizedError } from "../../i18n/errors";

/**
 * Getting a rendered report to the user: a download, or the clipboard. These touch the DOM, so
 * they are kept apart from the pure renderers.
 */

export function downloadText(fileName: string, mime: string, text: string): void {
  const blob = new Blob([text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * Copies the report as HTML (pastes as a table into Word or Outlook) with tab-separated text
 * beside it (pastes as cells into Excel). Falls back to plain text, then to the old
 * selection-copy that Office's embedded browsers still allow.
 */
export async function copyReport(html: string, text: string): Promise<void> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (clipboard && typeof ClipboardItem !== "undefined" && clipboard.write) {
    try {
      await clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return;
    } catch {
      // Rich copy is refused in some hosts; plain text below still serves.
    }
  }
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Permission denied in an iframe without clipboard-write; try the selection copy.
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new LocalizedError("error.clipboard");
}
