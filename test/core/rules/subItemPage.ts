import { CellValue } from "../../../src/core/grid";

/** The budget columns of Helsinki's chapter pages: actuals, then two budgets, in thousands. */
export const SUB_ITEM_HEAD: CellValue[] = ["1 000 €", "Käyttö\n2022", "Talous-\narvio\n2023", "Talous-\narvio\n2024"];

/**
 * A budget item (7 01 01 Verotulot) with its sub-items printed "alakohdittain" in a block of their
 * own under it, as Helsinki's budget book prints them: Tulot = 3 500 / 3 600 / 3 700 is the sum of
 * the three sub-items when `kunnallisvero` is 2 600. `subHead` is the block's own header row,
 * `extra` rows go below the block.
 */
export function subItemPage(kunnallisvero = 2600, subHead: CellValue[] = SUB_ITEM_HEAD, extra: CellValue[][] = []): CellValue[][] {
  return [
    ["7 01 01 Verotulot"],
    [],
    SUB_ITEM_HEAD,
    ["Tulot", 3500, 3600, 3700],
    ["Menot", 0, null, null],
    ["Netto", 3500, 3600, 3700],
    [],
    ["Talousarviokohtaan sisältyvät seuraavat määrärahat ja tuloarviot alakohdittain"],
    [],
    subHead,
    ["Tulot", null, null, null],
    ["7010101 Kunnallisvero", kunnallisvero, 2700, 2750],
    ["7010102 Yhteisövero", 600, 620, 650],
    ["7010103 Kiinteistövero", 300, 280, 300],
    ...extra,
  ];
}
