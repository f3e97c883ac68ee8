import { useT } from "../../hooks/useTranslate";
import { useCallback, useSyncExternalStore } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { Lang } from "../../../core/options";
import { MemoryHost } from "../../../hosts/memory";
import { FormulaBar } from "./FormulaBar";
import { SheetChart } from "./SheetChart";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    height: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: "hidden",
  },
  // Scroll containers may shrink to nothing in a flex column; the tabs must keep their height.
  tabs: { flexShrink: 0, overflowX: "auto", overflowY: "hidden", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/** The memory workbook as the demo shows it; follows the host, so the task pane's navigation shows here. */
export function WorkbookView({ host, lang }: { host: MemoryHost; lang: Lang }) {
  const t = useT();
  const styles = useStyles();
  const snap = useSyncExternalStore(host.subscribe, host.snapshot);
  const sheet = snap.sheets.find((s) => s.name === snap.activeSheet) ?? snap.sheets[0];
  const sheetName = sheet?.name;
  // Stable per sheet, so grid rows can skip re-rendering.
  const selectCell = useCallback((cell: string) => {
    if (sheetName) void host.select(sheetName, cell);
  }, [host, sheetName]);
  if (!sheet) return <Text>{t("demo.noSheets")}</Text>;
  return (
    <div className={styles.root}>
      <div className={styles.tabs}>
        <SheetTabs sheets={snap.sheets} active={sheet.name} onSelect={(name) => host.activate(name)} />
      </div>
      <FormulaBar sheet={sheet} selection={snap.selection} lang={lang} />
      <SheetGrid
        sheet={sheet}
        selection={snap.selection}
        marks={snap.marks}
        lang={lang}
        onSelectCell={selectCell}
      />
      {sheet.created?.charts?.map((chart) => <SheetChart key={chart.source} sheet={sheet} chart={chart} lang={lang} />)}
    </div>
  );
}
