import { createRoot } from "react-dom/client";
import { detectStartup } from "./office";
import { startDemo } from "./startDemo";
import { startExcel } from "./startExcel";

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const root = createRoot(container);
  if ((await detectStartup(1500)) === "excel") startExcel(root);
  else startDemo(root);
}

void main();
