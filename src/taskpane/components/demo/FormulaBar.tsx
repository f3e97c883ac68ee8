import { useT } from "../../hooks/useTranslate";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { parseRange } from "../../../core/address";
import { cellAt, formulaAt } from "../../../core/grid";
import { Lang } from "../../../core/options";
import { MemorySelection, MemorySheet, spillAnchorOf } from "../../../hosts/memory";
import { displayCell, gridNumberFormat } from "../../demo/cellDisplay";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: "2em",
    flexShrink: 0,
  },
  name: {
    minWidth: "6em",
    fontFamily: tokens.fontFamilyMonospace,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    paddingRight: tokens.spacingHorizontalS,
  },
  // Read by screen readers only: Excel's name box needs no visible label.
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  content: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", flexGrow: 1 },
  expected: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
});

/** The selected cell's address and its formula (or value), and for created cells the computed value. */
export function FormulaBar({ sheet, selection, lang }: { sheet?: MemorySheet; selection?: MemorySelection; lang: Lang }) {
  const t = useT();
  const styles = useStyles();
  const here = sheet && selection && selection.sheet === sheet.name ? selection : undefined;
  let content = "";
  let expected: string | undefined;
  if (sheet && here) {
    const { top, left } = parseRange(here.range).range;
    const address = here.range.split(":")[0];
    // A spilled cell holds no formula of its own; like Excel, show the formula it spills from.
    const anchor = sheet.created && !formulaAt(sheet.grid, top, left) ? spillAnchorOf(sheet.created, address) : undefined;
    const formula = anchor ? (sheet.created?.cells.find((c) => c.address === anchor)?.formula ?? null) : formulaAt(sheet.grid, top, left);
    const value = cellAt(sheet.grid, top, left);
    // As in Excel's formula bar: the formula, or the value without its display format.
    content = formula ?? displayCell(value, lang, null);
    if (formula && value !== null && value !== "") {
      const written = sheet.created?.cells.find((c) => c.address === (anchor ?? address));
      expected = displayCell(value, lang, written ? (written.numberFormat ?? null) : gridNumberFormat(sheet.grid, top, left));
    }
  }
  return (
    <div className={styles.bar} role="group" aria-label={t("demo.formulaBar")} data-testid="formula-bar">
      <Text className={styles.name}>
        <span className={styles.hidden}>{t("demo.nameBox")}: </span>
        <span data-testid="name-box">{here?.range ?? ""}</span>
      </Text>
      <Text className={styles.content} data-testid="formula-content">
        {content}
      </Text>
      {expected !== undefined && (
        <Text className={styles.expected} data-testid="formula-expected">
          {t("demo.expected", { value: expected })}
        </Text>
      )}
    </div>
  );
}
