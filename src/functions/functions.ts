import { resolveCustomFunctions, runFunction } from "./runtime";
import {
  calcAllocate,
  calcChange,
  calcChangePercent,
  calcImpliedTotal,
  calcPerResident,
  calcShare,
  calcSumDiff,
} from "./logic";

/*
 * Excel custom functions, namespace BUDJETTI (set in the manifest). The metadata (functions.json)
 * is generated from the JSDoc below by custom-functions-metadata-plugin, whose loader also appends
 * `CustomFunctions.associate("ID", functionName)` for every function to this file's source; so this
 * file never calls `associate` itself (that would register each function twice).
 *
 * Parameters are typed `unknown` (metadata type "any") on purpose: a `number` parameter makes Excel
 * reject a text cell with #VALUE! before our code runs, and Finnish budget sheets hold figures as
 * text (`1 234,5`, `-93 940`). Omitted optional arguments arrive as null.
 */

// The appended `CustomFunctions.associate` calls resolve to this module binding: Excel's runtime
// when office.js is loaded, a recording stand-in in a plain browser page (the demo loads this
// bundle too), so the file loads anywhere without a ReferenceError.
const CustomFunctions = resolveCustomFunctions();

/**
 * Euros per resident (€/asukas): amount divided by population, optionally rounded like ROUND. Example: PERRESIDENT(-1871150, 7008, 0) = -267.
 * @customfunction PERRESIDENT PERRESIDENT
 * @param amount Amount in euros, e.g. toimintakate (operating margin); a number or Finnish text such as "-1 871 150".
 * @param population Residents on 31.12 of the year, e.g. 7008.
 * @param [decimals] Decimals to round to, as in ROUND; omitted: not rounded.
 * @returns {number} Euros per resident.
 */
export function perResident(amount: unknown, population: unknown, decimals?: unknown) {
  return runFunction(CustomFunctions, () => calcPerResident(amount, population, decimals));
}

/**
 * Year-on-year change in euros: new minus old. Example: CHANGE(-2983250, -2759200) = -224050.
 * @customfunction CHANGE CHANGE
 * @param newValue Amount of the later year (e.g. TA 2024).
 * @param oldValue Amount of the base year (e.g. TA+MUUTOS 2023).
 * @returns {number} Change in euros.
 */
export function change(newValue: unknown, oldValue: unknown) {
  return runFunction(CustomFunctions, () => calcChange(newValue, oldValue));
}

/**
 * Year-on-year change in percent: (new / old - 1) × 100; #DIV/0! when old is 0. Example: CHANGEPCT(-2983250, -2759200, 1) = 8.1.
 * @customfunction CHANGEPCT CHANGEPCT
 * @param newValue Amount of the later year (e.g. TA 2024).
 * @param oldValue Amount of the base year (e.g. TA+MUUTOS 2023).
 * @param [decimals] Decimals to round to, as in ROUND; omitted: not rounded.
 * @returns {number} Change in percent.
 */
export function changePct(newValue: unknown, oldValue: unknown, decimals?: unknown) {
  return runFunction(CustomFunctions, () => calcChangePercent(newValue, oldValue, decimals));
}

/**
 * A share of a total by a key in percent: total × key / 100. Example: SHARE(143000, 65.7, 0) = 93951.
 * @customfunction SHARE SHARE
 * @param total The total to share, e.g. the management cost 143000.
 * @param key The key in percent, e.g. 65.7.
 * @param [decimals] Decimals to round to, as in ROUND; omitted: not rounded.
 * @returns {number} The share.
 */
export function share(total: unknown, key: unknown, decimals?: unknown) {
  return runFunction(CustomFunctions, () => calcShare(total, key, decimals));
}

/**
 * Allocates a total by a range of keys (percent, adding up to 100) so that the parts add up to the total exactly (largest remainder); spills one part per key. Example: ALLOCATE(143000, B2:B4) with keys 65.7, 5.5, 28.8 = 93951, 7865, 41184.
 * @customfunction ALLOCATE ALLOCATE
 * @param total The total to allocate, e.g. 143000.
 * @param keys The range of keys in percent; they must add up to 100.
 * @param [decimals] Decimals of the parts; omitted: whole euros.
 * @returns {number[][]} The parts, in the shape of the keys.
 */
export function allocate(total: unknown, keys: unknown[][], decimals?: unknown) {
  return runFunction(CustomFunctions, () => calcAllocate(total, keys, decimals));
}

/**
 * The total that an allocated amount implies at its key: amount / key × 100. Example: IMPLIEDTOTAL(-93940, 65.7, 0) = -142983.
 * @customfunction IMPLIEDTOTAL IMPLIEDTOTAL
 * @param amount The allocated amount, e.g. -93940.
 * @param key The key in percent, e.g. 65.7.
 * @param [decimals] Decimals to round to, as in ROUND; omitted: not rounded.
 * @returns {number} The implied total.
 */
export function impliedTotal(amount: unknown, key: unknown, decimals?: unknown) {
  return runFunction(CustomFunctions, () => calcImpliedTotal(amount, key, decimals));
}

/**
 * The difference between a total and the sum of its items: total minus the items (empty cells and markers such as "sis. joht." count as nothing). 0 when they agree.
 * @customfunction SUMDIFF SUMDIFF
 * @param total The total as written, e.g. TOIMINTATUOTOT 1076109.
 * @param items The range of items that should add up to the total.
 * @returns {number} Total minus the sum of the items.
 */
export function sumDiff(total: unknown, items: unknown[][]) {
  return runFunction(CustomFunctions, () => calcSumDiff(total, items));
}
