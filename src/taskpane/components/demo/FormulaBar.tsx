import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { parseRange } from "../../../core/address";
import { cellAt, formulaAt } from "../../../core/grid";
import { Lang } from "../../../core/options";
import { MemorySelection, MemorySheet } from "../../../hosts/memory";
import { Translate } from "../../../i18n/translate";
import { displayCell } from "../../demo/cellDisplay";
import { formatFigure } from "../../format";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: "2em",
  },
  name: {
    minWidth: "6em",
    fontFamily: tokens.fontFamilyMonospace,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    paddingRight: tokens.spacingHorizontalS,
  },
  content: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", flexGrow: 1 },
  expected: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
});

/** The selected cell's address and its formula (or value), and for created cells the computed value. */
export function FormulaBar({ sheet, selection, lang, t }: { sheet?: MemorySheet; selection?: MemorySelection; lang: Lang; t: Translate }) {
  const styles = useStyles();
  const here = sheet && selection && selection.sheet === sheet.name ? selection : undefined;
  let content = "";
  let expected: string | undefined;
  if (sheet && here) {
    const { top, left } = parseRange(here.range).range;
    const formula = formulaAt(sheet.grid, top, left);
    content = formula ?? displayCell(cellAt(sheet.grid, top, left), lang);
    if (formula) {
      const address = here.range.split(":")[0];
      const written = sheet.created?.cells.find((c) => c.address === address);
      const value = written ? written.expected : cellAt(sheet.grid, top, left);
      if (value !== undefined && value !== null && value !== "") {
        expected = typeof value === "string" ? formatFigure(value, lang) : displayCell(value, lang);
      }
    }
  }
  return (
    <div className={styles.bar} role="group" aria-label={t("demo.formulaBar")} data-testid="formula-bar">
      <Text className={styles.name} aria-label={t("demo.nameBox")} data-testid="name-box">
        {here?.range ?? ""}
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
