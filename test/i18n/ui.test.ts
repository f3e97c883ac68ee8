import { makeTranslator } from "../../src/i18n/translate";
import { uiMessages } from "../../src/i18n/ui";

test("every word of the pane exists in both languages", () => {
  const missingEn = Object.keys(uiMessages.fi).filter((k) => !(k in uiMessages.en));
  const missingFi = Object.keys(uiMessages.en).filter((k) => !(k in uiMessages.fi));
  expect({ missingEn, missingFi }).toEqual({ missingEn: [], missingFi: [] });
});

test("counts read right in both languages, singular and plural", () => {
  const fi = makeTranslator("fi", uiMessages);
  const en = makeTranslator("en", uiMessages);
  expect(fi("group.showNotes", { count: 1 })).toBe("Näytä 1 huomio");
  expect(fi("group.showNotes", { count: 6 })).toBe("Näytä 6 huomiota");
  expect(en("group.showNotes", { count: 1 })).toBe("Show 1 note");
  expect(fi("check.where", { error: 0, where: "" })).toBe("Ei virheitä.");
  expect(fi("check.where", { error: 1, where: fi("check.whereSheet", { sheets: "Talous" }) })).toBe("1 virhe välilehdellä Talous.");
  expect(en("check.where", { error: 2, where: en("check.whereSheets", { sheets: "A, B" }) })).toBe("2 errors on the sheets A, B.");
  expect(fi("cause.consequences", { count: 2 })).toBe("2 seurausta");
});
