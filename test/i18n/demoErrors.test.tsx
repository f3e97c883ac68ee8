import "../taskpane/polyfills";
import { render, screen, waitFor, within } from "@testing-library/react";
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

test("a damaged workbook's error is in the chosen language, the library's words only as a detail, and follows a change of language", async () => {
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

  const pane = within(document.querySelector<HTMLElement>("aside")!);
  await u.click(pane.getByLabelText("Kieli"));
  await u.click(within(document.querySelector<HTMLElement>('[role="listbox"]')!).getByText("English"));
  await waitFor(() =>
    expect(alert()).toHaveTextContent(/^Loading the workbook failed: rikki\.xlsx: the file is damaged or not an \.xlsx workbook \(technical detail: End of data reached/),
  );
});
