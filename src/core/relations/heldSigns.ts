import Decimal from "decimal.js";
import { ValueCell } from "../model";
import { Equation } from "./equation";
import { Direction, signOfCell } from "./sign";
import { grown } from "../grown";
import { NotesFailing } from "./failingPlaces";
import { objectList } from "../objectList";

/**
 * A check's recorded equations: the objects, and the sign checks that hold, kept apart as a
 * table (`HeldSigns`) in the same list's keeping. Every figure of every cost and revenue row is a
 * sign check (about half of a large book's equations) and nearly all hold: as objects they were
 * kept to the end of the check, indexed, judged again and evaluated in repair trials, where the
 * analysis only ever needs to ask of a cell "would this value break its sign?".
 */
export interface RecordedEquations extends Array<Equation>, NotesFailing {
  heldSigns?: HeldSigns;
}

/**
 * An empty list for a check's equations, with the properties it may carry in place: a list of one
 * shape and one elements kind in every check, as the code that records into it was optimised for.
 */
export function newRecordedEquations(): RecordedEquations {
  const list: RecordedEquations = objectList<Equation>();
  list.failing = undefined;
  list.heldSigns = undefined;
  return list;
}

/** The list's held sign checks, kept with it from the first one recorded. */
export function heldSignsOf(recorded: RecordedEquations): HeldSigns {
  return (recorded.heldSigns ??= new HeldSigns(recorded));
}

/**
 * Every equation recorded, in recording order: the held sign checks made as equations in the
 * places they were recorded at. A new list (the given one when nothing is held).
 */
export function allEquations(recorded: readonly Equation[] & { heldSigns?: HeldSigns }): Equation[] {
  const held = recorded.heldSigns;
  return held && held.size > 0 ? held.merged() : [...recorded];
}

/** A cost's sign: it may not be positive (`cost ≤ 0`). */
export const NOT_POSITIVE = 1;
/** A revenue's sign: it may not be negative (`revenue ≥ 0`). */
export const NOT_NEGATIVE = 2;

export function signBit(direction: Direction): number {
  return direction === "cost" ? NOT_POSITIVE : NOT_NEGATIVE;
}

/** Whether `value` breaks a sign of `bits`: a cost above 0, a revenue below 0 (0 breaks neither). */
export function breaksSign(bits: number, value: Decimal): boolean {
  if (value.isZero()) return false;
  return ((bits & NOT_POSITIVE) !== 0 && value.isPositive()) || ((bits & NOT_NEGATIVE) !== 0 && value.isNegative());
}

const FIRST_ROOM = 1024;
// Checks per block of the held cells and column labels.
const BLOCK_BITS = 12;
const BLOCK = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK - 1;

/**
 * The sign checks that hold on the workbook's own figures, one row of a table each: the sheet (by
 * its number among the sheets met), the sign bit, and where among the recorded equations it was
 * recorded (how many had been). The figure cell and the column label are kept by reference: both
 * live in the model anyway. A check is made as an `Equation` only for a reader of the whole list
 * (`allEquations`); the analysis asks the table by cell.
 *
 * Positions assume the list only grows once a sign is held (the sign rule runs after every rule
 * that takes back what it recorded).
 */
export class HeldSigns {
  /** Checks held. */
  size = 0;
  private readonly sheetNames = objectList<string>();
  private lastSheet: string | undefined;
  private lastSheetNumber = -1;
  private sheets = new Int32Array(FIRST_ROOM);
  private bits = new Uint8Array(FIRST_ROOM);
  private places = new Int32Array(FIRST_ROOM);
  // The figure's row and column, read where the cell is at hand: the analysis reads them of every check.
  private rows = new Int32Array(FIRST_ROOM);
  private cols = new Int32Array(FIRST_ROOM);
  // The column label's number among `columnNames` (−1: none): a book has a few dozen labels, and a
  // pointer per check was kept to the end of the check and copied by its scavenges.
  private columnNumbers = new Int32Array(FIRST_ROOM);
  private readonly columnNames = objectList<string>();
  private readonly columnNumbering = new Map<string, number>();
  private lastColumn: string | undefined;
  private lastColumnNumber = -1;
  // In blocks of `BLOCK` made at their length, never copied: pushed one by one, the list was most
  // of the cost of holding a check (a pointer list grows by copying itself), and grown by doubling
  // it reserved nearly twice the room used.
  private readonly cells = objectList<ValueCell[]>();

  constructor(private readonly recorded: readonly Equation[]) {}

  /** A figure cell of `sheet` (it holds a number) whose sign holds `direction`. */
  hold(sheet: string, cell: ValueCell, direction: Direction, column: string | undefined): void {
    const k = this.size++;
    if (k === this.bits.length) this.grow();
    this.sheets[k] = this.sheetNumber(sheet);
    this.bits[k] = signBit(direction);
    this.places[k] = this.recorded.length;
    this.rows[k] = cell.row;
    this.cols[k] = cell.col;
    this.columnNumbers[k] = column === undefined ? -1 : this.columnNumber(column);
    const b = k >>> BLOCK_BITS;
    if (b === this.cells.length) this.cells.push(new Array<ValueCell>(BLOCK));
    this.cells[b][k & BLOCK_MASK] = cell;
  }

  // A column's checks are recorded together: its label is the last one met.
  private columnNumber(column: string): number {
    if (column === this.lastColumn) return this.lastColumnNumber;
    let n = this.columnNumbering.get(column);
    if (n === undefined) this.columnNumbering.set(column, (n = this.columnNames.push(column) - 1));
    this.lastColumn = column;
    this.lastColumnNumber = n;
    return n;
  }

  // A table's checks are recorded together: its sheet is the last one met, the same string.
  private sheetNumber(sheet: string): number {
    if (sheet === this.lastSheet) return this.lastSheetNumber;
    let n = this.sheetNames.indexOf(sheet);
    if (n < 0) n = this.sheetNames.push(sheet) - 1;
    this.lastSheet = sheet;
    this.lastSheetNumber = n;
    return n;
  }

  private grow(): void {
    const room = this.bits.length * 2;
    this.sheets = grown(this.sheets, room);
    this.bits = grown(this.bits, room);
    this.places = grown(this.places, room);
    this.rows = grown(this.rows, room);
    this.cols = grown(this.cols, room);
    this.columnNumbers = grown(this.columnNumbers, room);
  }

  /** The sheets the checks are on, each numbered by its place here. */
  get sheetCount(): number {
    return this.sheetNames.length;
  }

  sheetName(n: number): string {
    return this.sheetNames[n];
  }

  /** The number of the sheet check `k` is on. */
  sheetOf(k: number): number {
    return this.sheets[k];
  }

  /** Check `k`'s figure's 0-based row and column. */
  rowOf(k: number): number {
    return this.rows[k];
  }

  colOf(k: number): number {
    return this.cols[k];
  }

  /** Check `k`'s sign bit (`NOT_POSITIVE` or `NOT_NEGATIVE`). */
  bitOf(k: number): number {
    return this.bits[k];
  }

  /** Check `k` as the equation it stands for. */
  equation(k: number): Equation {
    const direction: Direction = this.bits[k] === NOT_POSITIVE ? "cost" : "revenue";
    const column = this.columnNumbers[k];
    return signOfCell("sign", this.sheetNames[this.sheets[k]], this.cells[k >>> BLOCK_BITS][k & BLOCK_MASK], direction, column < 0 ? undefined : this.columnNames[column]);
  }

  /** The list held with, every check made and set in its place. */
  merged(): Equation[] {
    const recorded = this.recorded;
    const out: Equation[] = [];
    let k = 0;
    for (let j = 0; j < recorded.length; j++) {
      for (; k < this.size && this.places[k] <= j; k++) out.push(this.equation(k));
      out.push(recorded[j]);
    }
    for (; k < this.size; k++) out.push(this.equation(k));
    return out;
  }
}
