import { Finding } from "../findings";
import Decimal from "decimal.js";
import { BaseNote, ColumnKind, LabeledRow, TunnusluvutTable, ValueCell, YearColumn } from "../model";
import { compareShown } from "../compare/tolerance";
import { ColumnRef, matchColumn } from "../compare/columns";
import { changePercent } from "../arithmetic/change";
import { Rule, RuleContext } from "./types";
import { allTables, cellRanges, isSignedColumn } from "./support/tables";
import { holdsNumber, numberIn, shownDecimals, shownPercent } from "./support/cells";
import { figureSign } from "../numbers";
import { changeShownDigits, changeUnits, changeWithinHalf } from "./support/changeUnits";
import { ShownFigureCheck, checkShown, recordShownAt } from "./support/shown";
import { CHANGE_PERCENT, ShownFormula, ShownInput, figureInputAt } from "../relations/shown";
import { Units } from "../relations/exactValues";
import { Place, makeFinding, placeAt } from "./support/finding";
import { zeroBaseFinding } from "./support/change";
import { ResolvedBase, resolveChangeBase } from "./support/changeBase";
import { AS_READ } from "../format";
import { MessageParam, MessageParams as Params, MessagePart, figure, list } from "../message";
import { ExactDigits } from "./support/shownWords";

/**
 * Every tunnusluvut `Muutos %` against its comparison base (see `resolveChangeBase`): the shown
 * figure must be (new / base − 1) × 100 rounded as shown. A base column missing from the table is
 * said for that cell (`change-base-missing`), never guessed.
 */
export const changePercentRule: Rule = {
  ids: ["change-percent", "change-base-missing"],
  run(ctx) {
    const out: Finding[] = [];
    const tables = allTables(ctx.model, "tunnusluvut");
    const defaults = new DefaultBases();
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      // A column's base is the same for every row: found once per table.
      let bases: ColumnBase[] | undefined;
      for (let k = 0; k < table.items.length; k++) {
        const item = table.items[k];
        if (!item.change) continue;
        bases ??= columnBases(ctx, table, defaults);
        const row = `${item.amount.label}: ${item.change.label}`;
        const inputs = new FigureInputs(table.sheet, item.amount);
        for (let i = 0; i < table.columns.length; i++) {
          // An overrun right is compared with no year: a Muutos % under it has no base to miss.
          if (isSignedColumn(table, i)) continue;
          const f = checkCell(ctx, table, item.amount, item.change, row, i, bases[i], inputs);
          if (f) out.push(f);
        }
      }
    }
    return out;
  },
};

// A module function, not a callback made per table (docs/engine-speed.md: closures).
function columnBases(ctx: RuleContext, table: TunnusluvutTable, defaults: DefaultBases): ColumnBase[] {
  const bases: ColumnBase[] = [];
  for (let i = 0; i < table.columns.length; i++) {
    const col = table.columns[i];
    // A note names few columns (most tables have one): the rest take the default, resolved once.
    const base = notesName(table.notes, col) ? resolveChangeBase(col, ctx.options.changeBases, table.notes) : defaults.of(ctx, col);
    bases.push({ base, index: findBase(base, table.columns), missing: undefined });
  }
  return bases;
}

/** A column's comparison base and where it stands in the table (−1: not there). */
interface ColumnBase {
  base: ResolvedBase;
  index: number;
  /** When the base is not there: the words naming it and where it came from, the same for every row of the column. */
  missing: { base: MessageParam; source: MessagePart } | undefined;
}

/**
 * The base of a column under no note, resolved once per kind and year: every area's table has
 * the same columns, and each resolved its candidates anew. Shared read-only, as findings name them.
 */
class DefaultBases {
  private readonly byKind = new Map<ColumnKind, Map<number, ResolvedBase>>();

  of(ctx: RuleContext, col: YearColumn): ResolvedBase {
    let byYear = this.byKind.get(col.kind);
    if (!byYear) this.byKind.set(col.kind, (byYear = new Map()));
    let base = byYear.get(col.year);
    if (!base) byYear.set(col.year, (base = resolveChangeBase(col, ctx.options.changeBases, NO_NOTES)));
    return base;
  }
}

const NO_NOTES: readonly BaseNote[] = [];

/** Whether a note under the table names `col`'s base (else the column's base is its default, or the user's). */
function notesName(notes: readonly BaseNote[], col: YearColumn): boolean {
  for (let n = 0; n < notes.length; n++) if (notes[n].target.kind === col.kind && notes[n].target.year === col.year) return true;
  return false;
}

/** `row` is the change row as a finding names it (`Henkilöstömenot €: Muutos %`). */
function checkCell(ctx: RuleContext, table: TunnusluvutTable, amount: LabeledRow, change: LabeledRow, row: string, i: number, columnBase: ColumnBase, inputs: FigureInputs): Finding | null {
  const shownCell = change.cells[i];
  if (!holdsNumber(shownCell)) return null;
  const col = table.columns[i];
  const { base, index: baseIndex } = columnBase;
  if (baseIndex < 0) {
    // Worded once per column: each row of it misses the same base.
    const missing = (columnBase.missing ??= { base: list(base.candidates.map(columnName), "word.or"), source: sourceText(ctx, base, col.kind) });
    const params: Params = { row: amount.label, column: col.label, source: missing.source, base: missing.base };
    // Related: the figure whose change could not be checked.
    const place = { sheet: table.sheet, area: table.area, table: table.kind, row, column: col.label, cell: shownCell.cell };
    return makeFinding("change-base-missing", "info", place, cellRanges([amount.cells[i]]), {}, ctx.t("change-base-missing", params));
  }
  const newCell = amount.cells[i];
  const oldCell = amount.cells[baseIndex];
  if (!holdsNumber(newCell) || !holdsNumber(oldCell)) return null;
  const oldSign = figureSign(oldCell.parsed);
  const newSign = figureSign(newCell.parsed);
  // Most percentages are right as printed: told from exact units and recorded, no check object made.
  if (oldSign !== 0 && (newSign === 0 || newSign === oldSign) && changeWithinHalf(newCell.parsed, oldCell.parsed, shownCell) === true) {
    recordShownAt(ctx, "change-percent", table.sheet, col.label, shownCell, ctx.options.tolerances.percentPoints, true, [inputs.of(baseIndex), inputs.of(i)], CHANGE_PERCENT, true);
    return null;
  }
  const place = { sheet: table.sheet, area: table.area, table: table.kind, row, column: col.label };
  const check = new ChangeCheck(ctx, place, shownCell, amount, col.kind, base, table.columns[baseIndex].label, oldCell, newCell, inputs.of(baseIndex), inputs.of(i));
  if (oldSign === 0) {
    return zeroBaseFinding(ctx, "change-percent", { sheet: table.sheet, area: table.area, table: table.kind, row, column: col.label, cell: shownCell.cell }, shownCell, check);
  }
  if (newSign !== 0 && newSign !== oldSign && signSlip(ctx, check.newV, check.oldV, shownCell)) {
    // Right for the figures without their signs: the identity is the sign's, which `sign` checks.
    const shown = shownPercent(shownCell) as Decimal;
    const params = check.params;
    params.actual = figure(shown, shownDecimals(shownCell));
    return makeFinding("change-percent", "warning", placeAt(place, shownCell.cell), check.related, { actual: shown }, ctx.t("change-percent.sign", params));
  }
  return checkShown(ctx, check);
}

/**
 * One Muutos % as `checkShown` asks for it: its Decimals, words and related ranges are getters on
 * the prototype, made only when the figure is not plainly right (most are told right from exact
 * units), so that a cell right as printed costs one object, no closures.
 */
class ChangeCheck implements ShownFigureCheck {
  readonly extra: number;
  readonly quotientUnits: { numerator: Units; denominator: Units } | null;
  readonly relation: { inputs: readonly ShownInput[]; formula: ShownFormula };
  private quotientMade?: { numerator: Decimal; denominator: Decimal };

  constructor(
    private readonly ctx: RuleContext,
    readonly place: Omit<Place, "cell">,
    readonly checked: ValueCell,
    private readonly amount: LabeledRow,
    private readonly kind: ColumnKind,
    private readonly base: ResolvedBase,
    private readonly baseLabel: string,
    private readonly oldCell: ValueCell,
    private readonly newCell: ValueCell,
    oldInput: ShownInput,
    newInput: ShownInput,
  ) {
    this.extra = ctx.options.tolerances.percentPoints;
    this.quotientUnits = changeUnits(newCell.parsed, oldCell.parsed);
    this.relation = { inputs: [oldInput, newInput], formula: CHANGE_PERCENT };
  }

  get rule(): string {
    return "change-percent";
  }

  get messageKey(): string {
    return "change-percent";
  }

  get percent(): boolean {
    return true;
  }

  get newV(): Decimal {
    return numberIn(this.newCell) as Decimal;
  }

  get oldV(): Decimal {
    return numberIn(this.oldCell) as Decimal;
  }

  /** Divided only for a figure that is not plainly right. */
  get exact(): Decimal {
    return changePercent(this.newV, this.oldV) as Decimal;
  }

  /**
   * The shown figure and (new / old − 1) × 100 as exact digits, the value Decimal's division,
   * subtraction and product give (each correctly rounded to its precision): a wrong percentage
   * is worded from them. Null where a figure has no units or the quotient is Decimal's to make.
   */
  exactDigits(): { shown: ExactDigits; exact: ExactDigits } | null {
    return changeShownDigits(this.newCell.parsed, this.oldCell.parsed, this.checked);
  }

  /** (new − old) × 100 / old, made once: `checkShown` reads it twice. */
  get quotient(): { numerator: Decimal; denominator: Decimal } {
    if (!this.quotientMade) {
      const oldV = this.oldV;
      this.quotientMade = { numerator: this.newV.minus(oldV).mul(100), denominator: oldV };
    }
    return this.quotientMade;
  }

  get related(): string[] {
    return cellRanges([this.oldCell, this.newCell]);
  }

  /** A fresh object each time: `checkShown` and the sign's warning add to it. */
  get params(): Params {
    return {
      row: this.amount.label,
      column: this.place.column,
      source: sourceText(this.ctx, this.base, this.kind),
      base: this.baseLabel,
      old: figure(this.oldV, AS_READ),
      new: figure(this.newV, AS_READ),
    };
  }
}

/** An amount row's figures as equation inputs, each made once however many percentages read it. */
class FigureInputs {
  private readonly made: (ShownInput | undefined)[] = [];

  constructor(
    private readonly sheet: string,
    private readonly row: LabeledRow,
  ) {}

  of(i: number): ShownInput {
    return (this.made[i] ??= figureInputAt(this.sheet, this.row.cells[i] as ValueCell));
  }
}

/**
 * New and base figures of opposite signs, while the shown percentage is right for the figures
 * without their signs: a lost minus sign (which `sign` reports), not a wrong percentage.
 */
function signSlip(ctx: RuleContext, newV: Decimal, oldV: Decimal, shownCell: ValueCell): boolean {
  if (newV.isZero() || newV.isNegative() === oldV.isNegative()) return false;
  const exactAbs = changePercent(newV.abs(), oldV.abs());
  const shown = shownPercent(shownCell);
  if (!exactAbs || !shown) return false;
  return compareShown(shown, exactAbs, shownDecimals(shownCell), ctx.options.tolerances.percentPoints).verdict !== "wrong";
}

function findBase(base: ResolvedBase, columns: readonly YearColumn[]): number {
  // Indexed loops, no closure per candidate: every column of every table asks.
  const candidates = base.candidates;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    // An explicit base may say TA where the table writes TA+MUUTOS; defaults list both already.
    const m = base.source === "default" ? exactIndex(c, columns) : matchColumn(c, columns)?.index ?? -1;
    if (m >= 0) return m;
  }
  return -1;
}

function exactIndex(c: ColumnRef, columns: readonly YearColumn[]): number {
  for (let i = 0; i < columns.length; i++) if (columns[i].kind === c.kind && columns[i].year === c.year) return i;
  return -1;
}

function sourceText(ctx: RuleContext, base: ResolvedBase, kind: ColumnKind): MessagePart {
  if (base.source === "option") return ctx.t("change.source-option");
  if (base.source === "note") return ctx.t("change.source-note", { cell: base.noteCell ?? "" });
  return ctx.t(`change.source-default.${kind}`);
}

function columnName(c: ColumnRef): string {
  return `${c.kind} ${c.year}`;
}
