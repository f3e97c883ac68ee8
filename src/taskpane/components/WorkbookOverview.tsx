import { memo, useMemo } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { TableInfo } from "../../core/check";
import { Finding, SeverityCounts, countBySeverity } from "../../core/findings";
import { worstOf } from "../grouping";
import { useT } from "../hooks/useTranslate";
import { severityCountsText } from "./severityText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  summary: { cursor: "pointer", marginBottom: tokens.spacingVerticalXS },
  title: { display: "inline", margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  sheet: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "stretch",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    textAlign: "start",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  name: { flexBasis: "100%", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  table: {
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive, backgroundColor: tokens.colorStatusDangerBackground1 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive, backgroundColor: tokens.colorStatusWarningBackground1 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive, backgroundColor: tokens.colorPaletteBlueBackground2 },
  clean: { borderLeftColor: tokens.colorStatusSuccessBorderActive, backgroundColor: tokens.colorStatusSuccessBackground1 },
});

interface OverviewCell {
  key: string;
  label: string;
  counts: SeverityCounts;
}

interface OverviewRow {
  sheet: string;
  cells: OverviewCell[];
}

/** Sheets × tables with the open findings of each; findings outside every table get a cell of their own. */
export function overviewRows(tables: readonly TableInfo[], open: readonly Finding[], label: (kind: string) => string, other: string): OverviewRow[] {
  const rows = new Map<string, Map<string, { label: string; findings: Finding[] }>>();
  const cell = (sheet: string, key: string, text: string) => {
    let row = rows.get(sheet);
    if (!row) rows.set(sheet, (row = new Map()));
    let c = row.get(key);
    if (!c) row.set(key, (c = { label: text, findings: [] }));
    return c;
  };
  for (const t of tables) cell(t.sheet, `${t.kind}|${t.area}`, label(t.kind));
  for (const f of open) cell(f.sheet, f.table ? `${f.table}|${f.area}` : "", f.table ? label(f.table) : other).findings.push(f);
  return [...rows].map(([sheet, cells]) => ({
    sheet,
    cells: [...cells].map(([key, c]) => ({ key, label: c.label, counts: countBySeverity(c.findings) })),
  }));
}

export interface WorkbookOverviewProps {
  tables: readonly TableInfo[];
  open: readonly Finding[];
  onPick(sheet: string): void;
}

/**
 * A picture before the list: every sheet with its tables, each coloured by its worst open finding.
 * Memoised: a big workbook has hundreds of rows, and a click in the list below changes none of them.
 */
export const WorkbookOverview = memo(function WorkbookOverview({ tables, open, onPick }: WorkbookOverviewProps) {
  const t = useT();
  const styles = useStyles();
  const rows = useMemo(() => overviewRows(tables, open, (kind) => t(`table.${kind}`), t("findings.otherTables")), [tables, open, t]);
  if (rows.length === 0) return null;
  return (
    // A details element, so a long workbook's overview can be folded away from the list below it.
    <details open className={styles.root} data-testid="overview">
      <summary className={styles.summary}>
        <h2 className={styles.title}>{t("overview.title")}</h2>
      </summary>
      <ul className={styles.list} aria-label={t("overview.label")}>
        {rows.map((row) => (
          <li key={row.sheet}>
            <button type="button" className={styles.sheet} title={t("overview.goTo", { sheet: row.sheet })} onClick={() => onPick(row.sheet)} data-sheet={row.sheet}>
              <span className={styles.name}>{row.sheet}</span>
              {row.cells.map((c) => {
                const worst = worstOf(c.counts);
                return (
                  <span key={c.key} className={mergeClasses(styles.table, styles[worst ?? "clean"])} data-worst={worst ?? "clean"}>
                    {c.label}: {worst ? severityCountsText(t, c.counts) : t("overview.clean")}
                  </span>
                );
              })}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
});
