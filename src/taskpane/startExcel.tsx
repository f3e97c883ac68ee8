import { Root } from "react-dom/client";
import { createExcelHost } from "../hosts/excel";
import { App } from "./components/App";
import { officeLang, officeTheme } from "./office";

/** Inside Excel: the Excel host, Office's display language and theme. Call after Office.onReady. */
export function startExcel(root: Root): void {
  root.render(<App host={createExcelHost()} initialLang={officeLang()} theme={officeTheme()} workbookName={documentName()} />);
}

/** The open file's name for the report's heading; Office gives a URL or path, or nothing for a new book. */
function documentName(): string | undefined {
  try {
    const url = Office.context.document?.url;
    if (!url) return undefined;
    const name = decodeURIComponent(url.split(/[\\/]/).pop() ?? "");
    return name || undefined;
  } catch {
    return undefined;
  }
}
