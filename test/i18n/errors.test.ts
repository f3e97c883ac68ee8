import { promises as fs } from "fs";
import * as path from "path";
import { loadWorkbookBuffer } from "../../src/hosts/xlsx/loadXlsxBuffer";
import { MemoryHost } from "../../src/hosts/memory";
import { LocalizedError, describeError } from "../../src/i18n/errors";
import { makeTranslator } from "../../src/i18n/translate";
import { uiMessages } from "../../src/i18n/ui";

const SAMPLE = path.join(__dirname, "../../seeds/kemijarvi-elinvoima-2024.xlsx");

async function failure(bytes: Uint8Array): Promise<unknown> {
  try {
    await loadWorkbookBuffer(bytes, "rikki.xlsx");
  } catch (error) {
    return error;
  }
  throw new Error("expected the load to fail");
}

describe("errors in the reader's language", () => {
  it("a damaged workbook: our sentence in Finnish, the library's words only as a detail", async () => {
    const bytes = new Uint8Array(await fs.readFile(SAMPLE)).subarray(0, 2000);
    const error = await failure(bytes);
    const fi = describeError(error, makeTranslator("fi", uiMessages));
    expect(fi).toMatch(/^rikki\.xlsx: tiedosto on vioittunut tai se ei ole \.xlsx-työkirja \(tekninen tieto: .+\)$/);
    const en = describeError(error, makeTranslator("en", uiMessages));
    expect(en).toMatch(/^rikki\.xlsx: the file is damaged or not an \.xlsx workbook \(technical detail: .+\)$/);
  });

  it("an old .xls is told apart, without a detail", async () => {
    const error = await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    expect(describeError(error, makeTranslator("fi", uiMessages))).toBe(
      "rikki.xlsx: vanha .xls-työkirja tai salasanalla suojattu työkirja; tallenna se .xlsx-muodossa ilman salasanaa",
    );
  });

  it("an error with a message key is worded when shown, in the language then chosen", () => {
    const error = new LocalizedError("error.clipboard");
    expect(describeError(error, makeTranslator("fi", uiMessages))).toBe("Selain ei sallinut kopiointia leikepöydälle.");
    expect(describeError(error, makeTranslator("en", uiMessages))).toBe("The browser did not allow copying to the clipboard.");
  });

  it("an unknown error keeps its own text", () => {
    expect(describeError(new Error("GeneralException"), makeTranslator("fi", uiMessages))).toBe("GeneralException");
  });
});

describe("host errors a user can meet", () => {
  it("going to a sheet that is gone: Finnish in Finnish, the English sentence only for logs", async () => {
    const host = new MemoryHost([{ sheet: "Asuminen", originRow: 0, originCol: 0, values: [[1]] }]);
    const error = await host.select("Poistettu", "A1").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(describeError(error, makeTranslator("fi", uiMessages))).toBe("Työkirjassa ei ole välilehteä ”Poistettu”.");
    expect(describeError(error, makeTranslator("en", uiMessages))).toBe('The workbook has no sheet named "Poistettu".');
    expect((error as Error).message).toBe('The workbook has no sheet named "Poistettu".');
  });
});
