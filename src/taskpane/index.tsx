import { createRoot } from "react-dom/client";
import { detectStartup, officeScriptLoaded, openedByOffice } from "./office";
import { startDemo } from "./startDemo";
import { startExcel } from "./startExcel";

/** Inside Office, office.js was loaded before this bundle; Office.onReady may still take a while. */
const OFFICE_READY_MS = 20_000;
/** Outside Office, how long a late office.js may take to say it is Excel after all. */
const LATE_OFFICE_READY_MS = 3_000;

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const root = createRoot(container);
  if (openedByOffice()) {
    if ((await detectStartup(OFFICE_READY_MS)) === "excel") startExcel(root);
    else startDemo(root);
    return;
  }
  // Not opened by Office (as far as the address tells): the demo starts now, whatever the CDN does.
  startDemo(root);
  // Should an Office without the address hint load office.js after all, the add-in takes over.
  if ((await officeScriptLoaded()) && (await detectStartup(LATE_OFFICE_READY_MS)) === "excel") startExcel(root);
}

void main();
