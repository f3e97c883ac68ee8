import { detectStartup, officeLang, officeTheme, openedByOffice, relativeLuminance } from "../../src/taskpane/office";

type OfficeGlobal = { Office?: unknown };
const g = globalThis as OfficeGlobal;

afterEach(() => {
  delete g.Office;
  jest.useRealTimers();
});

function fakeOffice(onReady: () => Promise<{ host: string | null }>, context: object = {}) {
  g.Office = { onReady, HostType: { Excel: "Excel" }, context };
}

test("without office.js the demo starts at once", async () => {
  await expect(detectStartup(1500)).resolves.toBe("demo");
});

test("inside Excel the Excel host is used", async () => {
  fakeOffice(async () => ({ host: "Excel" }));
  await expect(detectStartup(1500)).resolves.toBe("excel");
});

test("office.js in a plain browser (no host) starts the demo", async () => {
  fakeOffice(async () => ({ host: null }));
  await expect(detectStartup(1500)).resolves.toBe("demo");
});

test("an Office.onReady that never answers does not hold the page: the demo starts after the timeout", async () => {
  jest.useFakeTimers();
  fakeOffice(() => new Promise(() => undefined));
  const started = detectStartup(1500);
  jest.advanceTimersByTime(1499);
  let settled = false;
  void started.then(() => (settled = true));
  await Promise.resolve();
  expect(settled).toBe(false);
  jest.advanceTimersByTime(1);
  await expect(started).resolves.toBe("demo");
});

test("Office's display language and theme are followed", () => {
  fakeOffice(async () => ({ host: "Excel" }), { displayLanguage: "fi-FI", officeTheme: { bodyBackgroundColor: "#262626" } });
  expect(officeLang()).toBe("fi");
  expect(officeTheme()).toBe("dark");
  fakeOffice(async () => ({ host: "Excel" }), { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#FFFFFF" } });
  expect(officeLang()).toBe("en");
  expect(officeTheme()).toBe("light");
  expect(relativeLuminance("#000000")).toBe(0);
  expect(relativeLuminance("#ffffff")).toBeCloseTo(1);
});

test("Office's address or session hint says the pane was opened by Office; a plain address does not", () => {
  const none = { getItem: () => null };
  expect(openedByOffice("?_host_Info=Excel$Win32$16.01$fi-FI$$$$0", none)).toBe(true);
  expect(openedByOffice("?et=&_host_Info=excel|web|16.00|fi-FI|x|", none)).toBe(true);
  expect(openedByOffice("", { getItem: (k: string) => (k === "hostInfoValue" ? "Excel$Mac$16.01$fi-FI" : null) })).toBe(true);
  expect(openedByOffice("?lang=fi", none)).toBe(false);
  expect(openedByOffice("", undefined)).toBe(false);
  expect(
    openedByOffice("", {
      getItem: () => {
        throw new Error("SecurityError");
      },
    }),
  ).toBe(false);
});
