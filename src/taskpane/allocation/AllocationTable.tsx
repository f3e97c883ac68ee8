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

const useStyles = makeStyles({
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
    <Table size="small" aria-label={t("panel.table", { year: year.year })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("alloc.area")}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t("alloc.key")}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t("alloc.amount")}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t("alloc.implied")}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t("alloc.expected")}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t("alloc.difference")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {year.rows.map((r) => (
          <TableRow key={`${r.sheet}!${r.keyCell}`}>
            <TableCell title={r.column ? `${r.unit} · ${r.column}` : r.unit}>{r.area}</TableCell>
            <TableCell className={styles.figure}>{figure(r, r.keyPercent, r.keyCell, 1)}</TableCell>
            <TableCell className={styles.figure}>
              {r.amountCell && r.amount === null ? t("alloc.noAmount") : figure(r, r.amount, r.amountCell)}
            </TableCell>
            <TableCell className={styles.figure}>{figure(r, r.impliedTotal, r.amountCell)}</TableCell>
            <TableCell className={styles.figure}>{fmt(r.expected)}</TableCell>
            <TableCell className={styles.figure}>
              {figure(r, r.difference, r.amountCell, undefined, r.difference && !r.difference.isZero() ? styles.off : undefined)}
            </TableCell>
          </TableRow>
        ))}
        <TableRow className={styles.total}>
          <TableCell>{t("alloc.total")}</TableCell>
          <TableCell className={styles.figure}>{fmt(year.keySum, 1)}</TableCell>
          <TableCell className={styles.figure}>{fmt(year.amountSum)}</TableCell>
          <TableCell />
          <TableCell className={styles.figure}>{fmt(year.expectedSum)}</TableCell>
          <TableCell className={styles.figure}>{fmt(year.differenceSum)}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
