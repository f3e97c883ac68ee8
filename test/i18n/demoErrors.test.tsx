import "../taskpane/polyfills";
import { render, screen, waitFor } from "@testing-library/react";
import userEventLib, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { DemoApp } from "../../src/taskpane/components/demo/DemoApp";
import { LoadedWorkbook } from "../../src/taskpane/demo/workbookFile";
import { XlsxReadError } from "../../src/hosts/xlsx/errors";
import { paneWorkbook } from "../taskpane/paneWorkbook";
import { NoCss } from "../taskpane/render";

const user = () => userEventLib.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
beforeEach(() => window.localStorage.clear());

// Queries are kept off the whole page: walking every grid cell of the demo makes them slow.
const alert = () => document.querySelector<HTMLElement>('[role="alert"]');

// The error is kept as it is and worded when shown (errors.test.ts has the English words), so a
// change of language re-words it; switching the language through the pane is left to TaskPane.test.
test("a damaged workbook's error is in the chosen language, the library's words only as a detail", async () => {
  const u = user();
  const loadFile = jest.fn<Promise<LoadedWorkbook>, [File]>();
  const sample = async () => ({ name: "sample.xlsx", grids: paneWorkbook().grids });
  render(
    <NoCss>
      <DemoApp initialLang="fi" loadSample={sample} loadFile={loadFile} readDelayMs={0} />
    </NoCss>,
  );
  await screen.findByTestId("sheet-grid");
  loadFile.mockRejectedValueOnce(new XlsxReadError("corrupt", "rikki.xlsx", "End of data reached (data length = 2000)"));
  await u.upload(screen.getByTestId("file-input"), new File(["x"], "rikki.xlsx"));
  await waitFor(() => expect(alert()).not.toBeNull());
  expect(alert()).toHaveTextContent(
    "Työkirjan lataus epäonnistui: rikki.xlsx: tiedosto on vioittunut tai se ei ole .xlsx-työkirja (tekninen tieto: End of data reached (data length = 2000))",
  );
  expect(alert()).not.toHaveTextContent("damaged");
});
