import { SheetData } from "../../../src/core/sheetData";

/**
 * A small allocation sheet as the engine builds one: keys in D2:D4, the total in E1, one
 * ALLOCATE in G2 spilling over G2:G4 (the founding document's 2024 parts), and a formula under
 * the spill that reads it. Both hosts' tests write it.
 */
export const SPILL_SHEET: SheetData = {
  name: "Kustannusten jako",
  cells: [
    { address: "A1", value: "Kohde" },
    { address: "D2", value: 65.7 },
    { address: "D3", value: 5.5 },
    { address: "D4", value: 28.8 },
    { address: "E1", value: -143000 },
    {
      address: "G2",
      formula: "=BUDJETTI.ALLOCATE($E$1,$D$2:$D$4,0)",
      numberFormat: "# ##0;-# ##0",
      expected: "-93951",
      spill: { range: "G2:G4", expected: ["-93951", "-7865", "-41184"] },
    },
    { address: "G5", formula: "=SUM(G2:G4)", numberFormat: "0", expected: "-143000" },
  ],
};

export const SPILL_FORMAT = "# ##0;-# ##0";
