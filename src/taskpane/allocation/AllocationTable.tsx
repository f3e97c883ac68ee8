import Decimal from "decimal.js";
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { AllocationRow, AllocationYear } from "../../core/managementAllocation";
import { figureOrDash } from "../../core/format";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";

// Narrower than this (a 320–400 px task pane), each area becomes a card of labelled figures.
const NARROW = "@container (max-width: 34em)";

const useStyles = makeStyles({
  table: {
    [NARROW]: { display: "block" },
  },
  head: {
    // Kept for screen readers, which still read the cells by their headers.
    [NARROW]: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  },
  body: { [NARROW]: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } },
  row: {
    [NARROW]: {
      display: "grid",
      gridTemplateColumns: "minmax(0, 1fr) auto",
      columnGap: tokens.spacingHorizontalS,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      borderRadius: tokens.borderRadiusMedium,
      padding: tokens.spacingHorizontalS,
      height: "auto",
    },
  },
  cell: {
    [NARROW]: {
      display: "contents",
      "::before": { content: "attr(data-label)", color: tokens.colorNeutralForeground3, alignSelf: "center", textAlign: "start" },
    },
  },
  areaCell: {
    [NARROW]: { display: "block", gridColumn: "1 / -1", fontWeight: tokens.fontWeightSemibold, padding: 0, "::before": { content: "none" } },
  },
  empty: { [NARROW]: { display: "none" } },
  figure: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  link: { minWidth: "auto", paddingInline: tokens.spacingHorizontalXXS, fontWeight: tokens.fontWeightRegular },
  total: { fontWeight: tokens.fontWeightSemibold },
  off: { color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  year: AllocationYear;
  lang: Lang;
  t: Translate;
  onNavigate: (sheet: string, cell: string) => void;
}

/** One year's allocation: key, allocated amount, implied total, expected amount, difference. */
export function AllocationTable({ year, lang, t, onNavigate }: Props) {
  const styles = useStyles();
  const fmt = (d: Decimal | null, decimals = year.decimals) => figureOrDash(lang, d, decimals);

  // A figure read from (or computed from) a cell is a button that takes the user to that cell.
  const figure = (row: AllocationRow, value: Decimal | null, cell: string | null, decimals?: number, className?: string) => {
    const text = fmt(value, decimals);
    if (!cell || value === null) return <span className={className}>{text}</span>;
    return (
      <Button
        appearance="transparent"
        size="small"
        className={mergeClasses(styles.link, className)}
        title={t("panel.goTo", { sheet: row.sheet, cell })}
        aria-label={`${text}: ${t("panel.goTo", { sheet: row.sheet, cell })}`}
        onClick={() => onNavigate(row.sheet, cell)}
      >
        {text}
      </Button>
    );
  };

  return (
    <Table size="small" className={styles.table} aria-label={t("panel.table", { year: year.year })} data-testid="allocation-table">
      <TableHeader className={styles.head}>
        <TableRow>
          <TableHeaderCell>{t("alloc.area")}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t("alloc.key")}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t("alloc.amount")}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t("alloc.implied")}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t("alloc.expected")}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t("alloc.difference")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody className={styles.body}>
        {year.rows.map((r) => (
          <TableRow key={`${r.sheet}!${r.keyCell}`} className={styles.row}>
            <TableCell className={styles.areaCell} title={r.column ? `${r.unit} · ${r.column}` : r.unit}>
              {r.area}
            </TableCell>
            <TableCell className={mergeClasses(styles.figure, styles.cell)} data-label={t("alloc.key")}>
              {figure(r, r.keyPercent, r.keyCell, 1)}
            </TableCell>
            <TableCell className={mergeClasses(styles.figure, styles.cell)} data-label={t("alloc.amount")}>
              {r.amountCell && r.amount === null ? t("alloc.noAmount") : figure(r, r.amount, r.amountCell)}
            </TableCell>
            <TableCell className={mergeClasses(styles.figure, styles.cell)} data-label={t("alloc.implied")}>
              {figure(r, r.impliedTotal, r.amountCell)}
            </TableCell>
            <TableCell className={mergeClasses(styles.figure, styles.cell)} data-label={t("alloc.expected")}>
              {fmt(r.expected)}
            </TableCell>
            <TableCell className={mergeClasses(styles.figure, styles.cell)} data-label={t("alloc.difference")}>
              {figure(r, r.difference, r.amountCell, undefined, r.difference && !r.difference.isZero() ? styles.off : undefined)}
            </TableCell>
          </TableRow>
        ))}
        <TableRow className={mergeClasses(styles.total, styles.row)}>
          <TableCell className={styles.areaCell}>{t("alloc.total")}</TableCell>
          <TableCell className={mergeClasses(styles.figure, styles.cell)} data-label={t("alloc.key")}>
            {fmt(year.keySum, 1)}
          </TableCell>
          <TableCell className={mergeClasses(styles.figure, styles.cell)} data-label={t("alloc.amount")}>
            {fmt(year.amountSum)}
          </TableCell>
          <TableCell className={styles.empty} />
          <TableCell className={mergeClasses(styles.figure, styles.cell)} data-label={t("alloc.expected")}>
            {fmt(year.expectedSum)}
          </TableCell>
          <TableCell className={mergeClasses(styles.figure, styles.cell)} data-label={t("alloc.difference")}>
            {fmt(year.differenceSum)}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
