import Decimal from "decimal.js";
import { Finding } from "../findings";
import { KayttotalousTable, LabeledRow, MaararahatRow, MaararahatTable, ValueCell } from "../model";
import { matchColumn } from "../compare/columns";
import { changePercent } from "../arithmetic/change";
import { Rule, RuleContext } from "./types";
import { ROLES, Role, allTables, cellRanges, kayttotalousFor } from "./support/tables";
import { holdsNumber, isUnreadable, numberIn } from "./support/cells";
import { changeShownDigits, changeUnits } from "./support/changeUnits";
import { ExactDigits } from "./support/shownWords";
import { figureSign } from "../numbers";
import { againstCellFinding, euroFinding, judgeAgainstCell, judgeCells } from "./support/euro";
import { ShownFigureCheck, checkShown } from "./support/shown";
import { CHANGE_PERCENT, ShownFormula, ShownInput, figureInputAt } from "../relations/shown";
import { Units } from "../relations/exactValues";
import { Place } from "./support/finding";
import { zeroBaseFinding } from "./support/change";
import { AS_READ } from "../format";
import { MessageParams, figure } from "../message";

/** Change € = new − old, the parts in that order. */
const CHANGE_SIGNS: readonly number[] = [1, -1];

const KAYTTOTALOUS_ROW: Record<Role, (k: KayttotalousTable) => LabeledRow | undefined> = {
  menot: (k) => k.kulutTotal,
  tulot: (k) => k.tuototTotal,
  nettomeno: (k) => k.toimintakate,
};

/**
 * Määrärahat (appropriations): MENOT / TULOT / NETTOMENO of both years equal the käyttötalous
 * totals of the same column (TOIMINTAKULUT / TOIMINTATUOTOT / TOIMINTAKATE); change € = new − old;
 * change % = (new / old − 1) × 100 as shown.
 */
export const maararahatRule: Rule = {
  ids: ["maararahat-total", "maararahat-change-eur", "maararahat-change-percent"],
  run(ctx) {
    const out: Finding[] = [];
    const tables = allTables(ctx.model, "maararahat");
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      const k = kayttotalousFor(ctx.model, table);
      // Each column's käyttötalous column, the same for every role.
      // A loop, not a map callback made per table (docs/engine-speed.md: closures).
      const matches: ReturnType<typeof matchColumn>[] = [];
      if (k) for (let i = 0; i < table.columns.length; i++) matches.push(matchColumn(table.columns[i], k.columns));
      for (let r = 0; r < ROLES.length; r++) {
        const role = ROLES[r];
        const row = table[role];
        if (!row) continue;
        if (k) checkTotals(ctx, table, row, role, k, matches, out);
        checkChanges(ctx, table, row, out);
      }
    }
    return out;
  },
};

function checkTotals(
  ctx: RuleContext,
  table: MaararahatTable,
  row: MaararahatRow,
  role: Role,
  k: KayttotalousTable,
  matches: readonly ({ index: number } | null)[],
  out: Finding[],
): void {
  const kRow = KAYTTOTALOUS_ROW[role](k);
  if (!kRow) return;
  for (let i = 0; i < table.columns.length; i++) {
    const m = matches[i];
    if (!m) continue;
    const checked = row.cells[i];
    const source = kRow.cells[m.index];
    const column = table.columns[i].label;
    const verdict = judgeAgainstCell(ctx, "maararahat-total", column, table.sheet, checked, source, k.sheet);
    if (!verdict) continue;
    const place = { sheet: table.sheet, area: table.area, table: table.kind, row: row.label, column };
    const params = { row: row.label, column, kRow: kRow.label, kColumn: k.columns[m.index].label };
    out.push(againstCellFinding(ctx, { rule: "maararahat-total", place, checked: checked!, verdict, messageKey: "maararahat-total", params }, source!, k.sheet));
  }
}

function checkChanges(ctx: RuleContext, table: MaararahatTable, row: MaararahatRow, out: Finding[]): void {
  if (table.columns.length < 2) return;
  const oldCell = row.cells[0];
  const newCell = row.cells[1];
  if (!holdsNumber(oldCell) || !holdsNumber(newCell)) return;
  const changeEur = row.changeEur;
  const eurVerdict = changeEur && judgeCells(ctx, "maararahat-change-eur", "MUUTOS €", table.sheet, changeEur, [newCell, oldCell], CHANGE_SIGNS);
  if (eurVerdict) {
    const change = new RowChange(ctx, table, row, oldCell, newCell, changeEur!);
    const failure = { rule: "maararahat-change-eur", place: change.placeOf("MUUTOS €"), checked: changeEur!, verdict: eurVerdict, messageKey: "maararahat-change-eur", params: change.params };
    out.push(euroFinding(ctx, failure, change.newV.minus(change.oldV), change.related));
  }
  const pct = row.changePct;
  if (!pct || isUnreadable(pct)) return;
  const change = new RowChange(ctx, table, row, oldCell, newCell, pct);
  if (figureSign(oldCell.parsed) !== 0) {
    const f = checkShown(ctx, change);
    if (f) out.push(f);
    return;
  }
  const place = { sheet: table.sheet, area: table.area, table: table.kind, row: row.label, column: PERCENT_COLUMN, cell: pct.cell };
  const f = zeroBaseFinding(ctx, "maararahat-change-percent", place, pct, change);
  if (f) out.push(f);
}

const PERCENT_COLUMN = "MUUTOS %";

/**
 * A row's change between its two years as `checkShown` asks for its Muutos %: one object, its
 * Decimals, words and ranges getters on the prototype, made for a finding only (most changes are
 * told right from the figures' exact units), where a row made five closures and a literal.
 */
class RowChange implements ShownFigureCheck {
  readonly extra: number;
  readonly quotientUnits: { numerator: Units; denominator: Units } | null;
  /** Where the percentage's finding points; read for its equation too. */
  readonly place: Omit<Place, "cell">;
  private inputs: readonly ShownInput[] | undefined;

  constructor(
    ctx: RuleContext,
    private readonly table: MaararahatTable,
    private readonly row: MaararahatRow,
    private readonly oldCell: ValueCell,
    private readonly newCell: ValueCell,
    readonly checked: ValueCell,
  ) {
    this.extra = ctx.options.tolerances.percentPoints;
    this.quotientUnits = changeUnits(newCell.parsed, oldCell.parsed);
    this.place = this.placeOf(PERCENT_COLUMN);
    this.inputs = undefined;
  }

  get rule(): string {
    return "maararahat-change-percent";
  }

  get messageKey(): string {
    return "maararahat-change-percent";
  }

  get percent(): boolean {
    return true;
  }

  /** A literal: spreading is V8's slow path. */
  placeOf(column: string): Omit<Place, "cell"> {
    return { sheet: this.table.sheet, area: this.table.area, table: this.table.kind, row: this.row.label, column };
  }

  get oldV(): Decimal {
    return numberIn(this.oldCell) as Decimal;
  }

  get newV(): Decimal {
    return numberIn(this.newCell) as Decimal;
  }

  get exact(): Decimal {
    return changePercent(this.newV, this.oldV) as Decimal;
  }

  get related(): string[] {
    return cellRanges([this.oldCell, this.newCell]);
  }

  /** The shown figure and the change as Decimal works it out, as exact digits: a wrong percentage is worded from them. */
  exactDigits(): { shown: ExactDigits; exact: ExactDigits } | null {
    return changeShownDigits(this.newCell.parsed, this.oldCell.parsed, this.checked);
  }

  /** The equation's inputs, made once for its record (each percentage has one, holding or not). */
  get relation(): { inputs: readonly ShownInput[]; formula: ShownFormula } {
    const sheet = this.table.sheet;
    const inputs = (this.inputs ??= [figureInputAt(sheet, this.oldCell), figureInputAt(sheet, this.newCell)]);
    return { inputs, formula: CHANGE_PERCENT };
  }

  /** A fresh object each time: the findings add to it. */
  get params(): MessageParams {
    return {
      row: this.row.label,
      old: figure(this.oldV, AS_READ),
      new: figure(this.newV, AS_READ),
      oldColumn: this.table.columns[0].label,
      newColumn: this.table.columns[1].label,
    };
  }
}
