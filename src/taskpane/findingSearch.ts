import { Finding } from "../core/findings";
import { findingFigure } from "../core/format";
import { Lang } from "../core/options";
import { columnIndex } from "../core/cell";
import { CellRange } from "../core/range";
import { renderMessage } from "../i18n/render";
import { Translate } from "../i18n/translate";

/**
 * Finding a finding by what the pane shows of it: a long list is drawn only near the view, so the
 * browser's find and a screen reader's browse mode cannot reach the rest. Each finding's text is
 * folded and its cells read once; typing then only tests words against those strings and the
 * references typed against those cells.
 */

/** Marks that fold into their letter, except in å, ä and ö: to a Finn or a Swede those are letters of their own, not an a or an o with a mark. */
const KEPT_LETTERS: Record<string, string> = { "a\u030a": "å", "a\u0308": "ä", "o\u0308": "ö" };

/**
 * `text` as it is compared: case ignored ("d37" is "D37"), accents ignored ("kahvila" finds
 * "Kahvilá"), but "ä" never "a"; the spaces that group a figure's thousands are plain spaces and
 * a minus sign a hyphen, as they are typed.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[ao][\u030a\u0308]|[\u0300-\u036f]/g, (m) => KEPT_LETTERS[m] ?? (m.length > 1 ? m[0] : ""))
    .replace(/\s+/g, " ")
    .replace(/\u2212/g, "-");
}

/**
 * What a search asks for. Words match anywhere in what the pane shows of a finding, as parts of
 * its words ("kaavoi" finds "Kaavoitus"); a reference names cells, and matches only a finding
 * whose cell (or range) meets them, or whose cause is there: `$C$14` never finds C140, and
 * `C14:C20` finds C15.
 */
export interface SearchQuery {
  /** The ordinary words, folded. */
  words: readonly string[];
  /**
   * What the references ask for: each entry holds when any one of its references does. A
   * reference typed alone is an entry of its own, held like a word; the references of one formula
   * pasted from the formula bar are one entry, since they are the cells it reads, any of which the
   * user may be looking for.
   */
  refs: readonly (readonly SearchRef[])[];
  /** The same for two queries that find the same findings (spaces and `$` aside); "" when nothing is searched. */
  key: string;
}

interface SearchRef {
  range: CellRange;
  /**
   * The whole names (folded) the sheet named with the reference may have; undefined when none was
   * named. Quoted, as Excel writes it, one; typed unquoted after words (`asuminen ja
   * ympäristö!c14`), also those words with it, as a name with spaces typed by hand.
   */
  sheets: readonly string[] | undefined;
  /**
   * For a bare address (`c14`, `ta2024`), typed as a cell or as a word: a column heading such as
   * TA2024 is an address too. Then it also matches as a whole word of the text, never as a part.
   */
  word: RegExp | undefined;
}

/** Excel's last column (XFD) and row, 0-based: beyond them an address-like token is a word. */
const LAST_COLUMN = 16383;
const LAST_ROW = 1048575;

const ADDRESS = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const REFERENCE = `${ADDRESS}(?::${ADDRESS})?`;
/** `'Sheet name'!$C$14` as Excel writes a sheet name with a space: quoted, a quote inside doubled. */
const QUOTED_REFERENCE = new RegExp(`'((?:[^']|'')+)'!(${REFERENCE})(?![\\p{L}\\p{N}])`, "gu");
const QUOTED_SHEET = /'((?:[^']|'')+)'!/g;
const WHOLE_REFERENCE = new RegExp(`^${REFERENCE}$`);
const unquote = (sheet: string) => sheet.replace(/''/g, "'");
/**
 * Stands for a quoted sheet name while the query is split at its spaces (a private-use character,
 * never typed, that folding keeps): `'Asuminen ja ympäristö'!C14` is one token, in a formula too.
 */
const QUOTED = "\ue000";

/** The cells an address or a range names, or undefined for text that names none in a sheet. */
function rangeOf(address: string): CellRange | undefined {
  if (!WHOLE_REFERENCE.test(address)) return undefined;
  const range = CellRange.tryParse(address);
  return range && range.top >= 0 && range.bottom <= LAST_ROW && range.right <= LAST_COLUMN ? range : undefined;
}

const WHOLE_COLUMNS = /^\$?([a-z]{1,3}):\$?([a-z]{1,3})$/i;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/**
 * Whole columns (`C:C`, `C:E`) or whole rows (`14:14`) as a formula names them; undefined for any
 * other text. Only in a formula: typed alone, `12:30` or `a:b` is more likely a word.
 */
function wholeLinesOf(address: string): CellRange | undefined {
  const columns = WHOLE_COLUMNS.exec(address);
  if (columns) {
    const [from, to] = [columnIndex(columns[1]), columnIndex(columns[2])];
    if (Math.max(from, to) <= LAST_COLUMN) return CellRange.spanning({ row: 0, col: from }, { row: LAST_ROW, col: to });
  }
  const rows = WHOLE_ROWS.exec(address);
  if (rows) {
    const [from, to] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (Math.min(from, to) >= 0 && Math.max(from, to) <= LAST_ROW) return CellRange.spanning({ row: from, col: 0 }, { row: to, col: LAST_COLUMN });
  }
  return undefined;
}

/**
 * `Sheet!C14`, `$C$14`, `c14` or `c14:c20` (folded) read as a reference; undefined for any other
 * text. `quoted` holds the sheet names the query quoted, by their number after QUOTED; `before`,
 * the words typed just before the token, which may begin an unquoted sheet name. In a formula,
 * whole columns and rows are references too.
 */
function referenceIn(token: string, quoted: readonly string[], before: readonly string[], inFormula = false): SearchRef | undefined {
  const bang = token.lastIndexOf("!");
  if (bang === 0) return undefined;
  const address = token.slice(bang + 1);
  const cells = rangeOf(address);
  const range = cells ?? (inFormula ? wholeLinesOf(address) : undefined);
  if (!range) return undefined;
  if (bang < 0 && !cells) return { range, sheets: undefined, word: undefined };
  if (bang < 0) {
    const word = address.includes("$") ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])${address}(?![\\p{L}\\p{N}])`, "u");
    return { range, sheets: undefined, word };
  }
  const sheet = token.slice(0, bang);
  if (sheet.startsWith(QUOTED)) return { range, sheets: [quoted[Number(sheet.slice(1))]], word: undefined };
  const sheets = [sheet];
  // Excel's sheet names are at most 31 characters: longer runs of the words before are no name,
  // and trying them all would grow with the square of a long query.
  for (let from = before.length - 1, name = sheet; from >= 0; from--) {
    name = `${before[from]} ${name}`;
    if (name.length > SHEET_NAME_MAX) break;
    sheets.push(name);
  }
  return { range, sheets, word: undefined };
}

/** Excel's longest sheet name. */
const SHEET_NAME_MAX = 31;

/** A formula's operators and brackets, between its references; and the spaces it may hold. */
const OPERATORS = /[\s+\-*/^&%(),;<>=]+/;
/** A function's name with its bracket (`log10(`, `days360(`): some names are addresses too. */
const FUNCTION_NAME = /[\p{L}_][\p{L}\p{N}._]*\(/gu;
/** A range's colon with spaces around it (`C14 : C20`), as a formula may be written. */
const SPACED_COLON = /\s*:\s*/g;
/** Brackets and punctuation around a reference copied from text. */
const ENCLOSING = /^[(]+|[),;.:]+$/g;
const ONLY_PUNCTUATION = /^[(),;]+$/;

/**
 * The query as typed, read: a reference as Excel writes it in a formula or the Name Box, or as the
 * pane writes it (`'Kaupunki 2024'!$C$14`, `Kaupunki!C14`, `$C$14`, `c14`, `C9:C13`), and words.
 * A formula (`=SUM(C14:C20)`) runs from its `=` to the end of the query, as it is pasted whole.
 */
export function parseSearch(query: string): SearchQuery {
  const quoted: string[] = [];
  const marked = query
    .replace(QUOTED_REFERENCE, (whole, sheet: string, address: string) => {
      if (!rangeOf(address)) return whole;
      quoted.push(foldForSearch(unquote(sheet)));
      return `${QUOTED}${quoted.length - 1}!${address}`;
    })
    .replace(QUOTED_SHEET, (_, sheet: string) => `${unquote(sheet)}!`);
  const tokens = foldForSearch(marked).split(" ");
  const words: string[] = [];
  const refs: SearchRef[][] = [];
  /** The words typed since the last reference: an unquoted sheet name may end in the next. */
  let before: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i];
    if (w.startsWith("=")) {
      // Copied from the formula bar (`=Asuminen!C14+C15`, `=SUM(B2:B5)`): its references are
      // searched; its operators, function names and constants are no words the pane shows.
      const read = formulaReferences(tokens.slice(i).join(" "), quoted);
      if (read.length > 0) {
        refs.push(read);
        break;
      }
      // No reference (`muutos % =5,2 asuminen`): a figure typed with `=`, not a formula; the
      // words after it are still words.
      continue;
    }
    if (w === "" || ONLY_PUNCTUATION.test(w)) continue;
    // A reference with the punctuation of the text it was copied from: `(c14)`, `c14,`.
    const ref = referenceIn(w, quoted, before) ?? referenceIn(w.replace(ENCLOSING, ""), quoted, before);
    if (ref) {
      refs.push([ref]);
      // A bare address may also be a word of a sheet's name (`Q1 raportti!C14`, `TA2024 Kaupunki!C14`).
      if (ref.sheets === undefined) before.push(w);
      else before = [];
    } else {
      words.push(w);
      before.push(w);
    }
  }
  const refKey = (r: SearchRef) => `${r.sheets ? `'${r.sheets.join("'|'")}'!` : ""}${r.range.toA1()}${r.word ? "" : "$"}`;
  return { words, refs, key: [...words, ...refs.map((any) => any.map(refKey).join(" or "))].join(" ") };
}

/** The references of a formula from its `=` on, each with its own sheet. */
function formulaReferences(formula: string, quoted: readonly string[]): SearchRef[] {
  return formula
    .replace(FUNCTION_NAME, "(")
    .replace(SPACED_COLON, ":")
    .split(OPERATORS)
    .map((piece) => referenceIn(piece, quoted, [], true))
    .filter((r): r is SearchRef => r !== undefined);
}

/** A place the pane shows with a finding: its own cell, or a cause's. */
interface Place {
  /** Folded. */
  sheet: string;
  range: CellRange;
}

/** A finding as the search reads it, made once a check. */
export interface SearchTarget {
  /**
   * What the pane shows of it, folded, one field a line so that no word matches across two
   * fields: its sheet, table, vastuualue, row and column labels, its figures and its message, with
   * the messages of its cause and pattern.
   */
  text: string;
  /** Its cell and its causes' cells: matched by references only, so `14` does not find C14. */
  places: readonly Place[];
}

/** The finding as the search reads it, in `lang`. */
export function findingSearchTarget(f: Finding, lang: Lang, t: Translate): SearchTarget {
  const fields = [f.sheet, f.area, f.row, f.column];
  const places: Place[] = [];
  const placeAt = (sheet: string, cell: string) => {
    const range = CellRange.tryParse(cell);
    if (range) places.push({ sheet: foldForSearch(sheet), range });
  };
  placeAt(f.sheet, f.cell);
  if (f.table) fields.push(t(`table.${f.table}`));
  for (const k of ["actual", "expected", "difference"] as const) {
    const figure = f[k];
    if (figure !== undefined && figure !== "") fields.push(findingFigure(figure, lang));
  }
  fields.push(renderMessage(f.parts, lang, "pane"));
  for (const c of f.cause ? [f.cause, ...(f.possibleCauses ?? [])] : (f.possibleCauses ?? [])) {
    placeAt(c.sheet, c.cell);
    fields.push(renderMessage(c.parts, lang, "pane"));
  }
  if (f.pattern) fields.push(renderMessage(f.pattern.parts, lang, "pane"));
  const text = fields
    .filter((x): x is string => x !== undefined && x !== "")
    .map(foldForSearch)
    .join("\n");
  return { text, places };
}

/** Whether the reference names cells of the place: it meets the place, on a sheet of a name it allows. */
function names(ref: SearchRef, place: Place): boolean {
  return (ref.sheets === undefined || ref.sheets.includes(place.sheet)) && place.range.overlaps(ref.range);
}

function refHolds(ref: SearchRef, target: SearchTarget, also: string): boolean {
  return target.places.some((p) => names(ref, p)) || (ref.word !== undefined && (ref.word.test(target.text) || ref.word.test(also)));
}

/**
 * Whether the finding holds everything searched for; `also` is folded text shown beside it (such
 * as the user's explanation), searched like its text.
 */
export function matchesSearch(target: SearchTarget, query: SearchQuery, also = ""): boolean {
  return (
    query.words.every((w) => target.text.includes(w) || also.includes(w)) &&
    query.refs.every((any) => any.some((r) => refHolds(r, target, also)))
  );
}

/**
 * Each finding as the search reads it in `lang`, made when first asked for and kept while the
 * findings are the same objects (they stay so until the next check): a keystroke costs a few
 * `includes` per finding, not a message rendered again. Text shown beside a finding (`also`) is
 * folded once too, and again only when it changes.
 */
export function searchIndex(lang: Lang, t: Translate): { target(f: Finding): SearchTarget; also(f: Finding, text: string): string } {
  const targets = new WeakMap<Finding, SearchTarget>();
  const alsos = new WeakMap<Finding, { text: string; folded: string }>();
  return {
    target(f) {
      let target = targets.get(f);
      if (target === undefined) targets.set(f, (target = findingSearchTarget(f, lang, t)));
      return target;
    },
    also(f, text) {
      let kept = alsos.get(f);
      if (kept?.text !== text) alsos.set(f, (kept = { text, folded: foldForSearch(text) }));
      return kept.folded;
    },
  };
}
