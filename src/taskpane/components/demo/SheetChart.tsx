import { makeStyles, tokens } from "@fluentui/react-components";
import { parseRange } from "../../../core/address";
import { cellAt } from "../../../core/grid";
import { Lang } from "../../../core/options";
import { ChartSpec } from "../../../core/sheetData";
import { MemorySheet } from "../../../hosts/memory";
import { displayCell } from "../../demo/cellDisplay";

const useStyles = makeStyles({
  root: {
    flexShrink: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  svg: { display: "block", width: "100%", height: "180px" },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, listStyleType: "none", margin: 0, padding: 0 },
  key: { display: "inline-block", width: "0.8em", height: "0.8em", marginRight: tokens.spacingHorizontalXXS },
});

// Theme colours for up to six series (two years of MENOT, TULOT and NETTOMENO).
const SERIES = [
  tokens.colorPaletteRedBorderActive,
  tokens.colorPaletteRedBackground3,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteBlueBackground2,
];

/**
 * The demo's picture of a chart the add-in asks Excel to draw (SheetData.charts): clustered
 * columns from the same range, so the demo shows what Excel would. Excel draws the real one.
 */
export function SheetChart({ sheet, chart, lang }: { sheet: MemorySheet; chart: ChartSpec; lang: Lang }) {
  const styles = useStyles();
  const { range } = parseRange(chart.source);
  const series: string[] = [];
  for (let c = range.left + 1; c <= range.right; c++) series.push(String(cellAt(sheet.grid, range.top, c) ?? ""));
  const categories: { name: string; values: number[] }[] = [];
  for (let r = range.top + 1; r <= range.bottom; r++) {
    const values = series.map((_, i) => {
      const v = cellAt(sheet.grid, r, range.left + 1 + i);
      return typeof v === "number" ? v : 0;
    });
    categories.push({ name: String(cellAt(sheet.grid, r, range.left) ?? ""), values });
  }
  const all = categories.flatMap((c) => c.values);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const width = 600;
  const height = 180;
  const zero = (max / span) * (height - 20);
  const slot = width / Math.max(categories.length, 1);
  const bar = (slot * 0.8) / Math.max(series.length, 1);
  return (
    <figure className={styles.root} data-testid="sheet-chart" aria-label={chart.title}>
      <figcaption className={styles.title}>{chart.title}</figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={chart.title}>
        <line x1={0} x2={width} y1={zero} y2={zero} stroke={tokens.colorNeutralStroke1} />
        {categories.map((c, ci) =>
          c.values.map((v, si) => {
            const h = (Math.abs(v) / span) * (height - 20);
            return (
              <rect key={`${ci}-${si}`} x={ci * slot + slot * 0.1 + si * bar} y={v >= 0 ? zero - h : zero} width={bar * 0.9} height={h} fill={SERIES[si % SERIES.length]}>
                <title>{`${c.name} · ${series[si]}: ${displayCell(v, lang, "#,##0")}`}</title>
              </rect>
            );
          }),
        )}
        {categories.map((c, ci) => (
          <text key={c.name} x={ci * slot + slot / 2} y={height - 4} textAnchor="middle" fontSize={11} fill={tokens.colorNeutralForeground2}>
            {c.name.length > 28 ? `${c.name.slice(0, 27)}…` : c.name}
          </text>
        ))}
      </svg>
      <ul className={styles.legend}>
        {series.map((s, i) => (
          <li key={s}>
            <span className={styles.key} style={{ backgroundColor: SERIES[i % SERIES.length] }} aria-hidden />
            {s}
          </li>
        ))}
      </ul>
    </figure>
  );
}
