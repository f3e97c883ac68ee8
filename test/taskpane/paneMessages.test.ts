import { paneMessages } from "../../src/taskpane/paneMessages";
import { makeTranslator } from "../../src/i18n/translate";
import { uiMessages } from "../../src/i18n/ui";

test("the pane's own words exist in both languages and do not shadow the shared catalogue", () => {
  expect(Object.keys(paneMessages.en).sort()).toEqual(Object.keys(paneMessages.fi).sort());
  const shadowed = Object.keys(paneMessages.fi).filter((k) => k in uiMessages.fi);
  expect(shadowed).toEqual([]);
});

test("counts read right in both languages, singular and plural", () => {
  const fi = makeTranslator("fi", paneMessages, uiMessages);
  const en = makeTranslator("en", paneMessages, uiMessages);
  expect(fi("group.showNotes", { count: 1 })).toBe("Näytä 1 huomio");
  expect(fi("group.showNotes", { count: 6 })).toBe("Näytä 6 huomiota");
  expect(en("group.showNotes", { count: 1 })).toBe("Show 1 note");
  expect(fi("check.where", { error: 0, where: "" })).toBe("Ei virheitä.");
  expect(fi("check.where", { error: 1, where: fi("check.whereSheet", { sheets: "Talous" }) })).toBe("1 virhe välilehdellä Talous.");
  expect(en("check.where", { error: 2, where: en("check.whereSheets", { sheets: "A, B" }) })).toBe("2 errors on the sheets A, B.");
  expect(fi("cause.consequences", { count: 2 })).toBe("2 seurausta");
});
