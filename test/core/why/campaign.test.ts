import path from "path";
import { readGridsFromFile } from "../../../src/hosts/xlsx/node";
import { Grid } from "../../../src/core/grid";
import { SLIP_KINDS, runCampaign } from "./campaign";

/**
 * Seeded campaign: 300 single-cell slips (a digit typed wrong, two digits swapped, a sign lost, a
 * digit too many or too few) in figure cells of the sample's tables, each checked on its own.
 * Of the slips that produce a new error, the changed cell must be named as the probable cause of
 * one at least 90 % of the time. The figures are printed for the closing note.
 */
const SAMPLE = path.join(__dirname, "..", "..", "..", "seeds", "kemijarvi-elinvoima-2024.xlsx");
const TRIALS = 300;
const SEED = 2024;

let grids: Grid[];
beforeAll(async () => {
  grids = await readGridsFromFile(SAMPLE);
});

// 300 full checks of the sample: the one test here that needs more than jest's default 5 s.
test(`${TRIALS} seeded single-cell slips: the changed cell is the probable cause in ≥ 90 % of those that make a new error`, () => {
  const trials = runCampaign(grids, { population: { 2024: 7008 } }, TRIALS, SEED);
  expect(trials).toHaveLength(TRIALS);
  const withError = trials.filter((t) => t.newErrors.length > 0);
  const named = withError.filter((t) => t.named);
  const all = withError.filter((t) => t.allExplained);
  const byKind = SLIP_KINDS.map((k) => {
    const of = withError.filter((t) => t.kind === k);
    return `${k} ${of.filter((t) => t.named).length}/${of.length}`;
  }).join(", ");
  const share = named.length / withError.length;
  console.log(
    `why campaign (seed ${SEED}): ${trials.length} slips, ${withError.length} made a new error; changed cell named as probable cause in ${named.length} (${(share * 100).toFixed(1)} %); ` +
      `every new error under it in ${all.length}; by slip: ${byKind}`,
  );
  expect(withError.length).toBeGreaterThan(TRIALS / 2);
  expect(share).toBeGreaterThanOrEqual(0.9);
}, 180_000);
