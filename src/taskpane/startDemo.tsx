import { Root } from "react-dom/client";
import { DemoApp } from "./components/demo/DemoApp";
import { loadPickedWorkbook, loadSampleWorkbook } from "./demo/loadWorkbook";
import { langFromLocale } from "./settings";

const loadSample = () => loadSampleWorkbook();

/** Outside Office: the memory workbook with the sample, in the browser's language. */
export function startDemo(root: Root): void {
  root.render(<DemoApp initialLang={langFromLocale(navigator.language)} loadSample={loadSample} loadFile={loadPickedWorkbook} />);
}
