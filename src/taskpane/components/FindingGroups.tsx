import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { Finding, findingKey } from "../../core/findings";
import { Lang } from "../../core/options";
import { Consequences, SheetGroup, TableGroup, worstOf } from "../grouping";
import { useT } from "../hooks/useTranslate";
import { FindingItem } from "./FindingItem";
import { severityCountsText } from "./severityText";

const useStyles = makeStyles({
  sheet: { marginTop: tokens.spacingVerticalS },
  sheetTitle: { margin: 0 },
  sheetToggle: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    textAlign: "start",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  sheetName: { flexGrow: 1, overflowWrap: "anywhere" },
  sheetCounts: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  tableTitle: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  notesToggle: { marginTop: tokens.spacingVerticalXS },
});

export interface FindingGroupsProps {
  groups: readonly SheetGroup[];
  consequences: Consequences;
  lang: Lang;
  collapsedSheets: ReadonlySet<string>;
  openNotes: ReadonlySet<string>;
  currentKey: string | undefined;
  onToggleSheet(sheet: string): void;
  onToggleNotes(groupKey: string): void;
  onNavigate(finding: Finding): void;
  onSelectRange(sheet: string, range: string): void;
  onExplain(finding: Finding, comment: string): Promise<void>;
}

/**
 * Open findings under a collapsible heading per sheet and a heading per table: errors first,
 * then warnings, the notes folded under a button with their count.
 */
export function FindingGroups(p: FindingGroupsProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <>
      {p.groups.map((sheet) => {
        const collapsed = p.collapsedSheets.has(sheet.sheet);
        const panelId = `sheet-panel-${sheetIndex(p.groups, sheet)}`;
        return (
          <section key={sheet.sheet} className={styles.sheet} aria-label={sheet.sheet} data-testid="finding-sheet" data-sheet={sheet.sheet} data-worst={worstOf(sheet.counts)}>
            <h3 className={styles.sheetTitle}>
              <button type="button" className={styles.sheetToggle} aria-expanded={!collapsed} aria-controls={panelId} onClick={() => p.onToggleSheet(sheet.sheet)}>
                {collapsed ? <ChevronRightRegular aria-hidden /> : <ChevronDownRegular aria-hidden />}
                <span className={styles.sheetName}>{sheet.sheet}</span>
                <span className={styles.sheetCounts}>{severityCountsText(t, sheet.counts)}</span>
              </button>
            </h3>
            {!collapsed && (
              <div id={panelId}>
                {sheet.tables.map((group) => (
                  <TableFindings key={group.key} group={group} {...p} />
                ))}
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}

function sheetIndex(groups: readonly SheetGroup[], sheet: SheetGroup): number {
  return groups.indexOf(sheet);
}

function TableFindings({ group, ...p }: FindingGroupsProps & { group: TableGroup }) {
  const t = useT();
  const styles = useStyles();
  const notesOpen = p.openNotes.has(group.key);
  const item = (f: Finding) => (
    <FindingItem
      key={findingKey(f)}
      finding={f}
      lang={p.lang}
      current={p.currentKey === findingKey(f)}
      consequences={p.consequences.get(findingKey(f))}
      currentKey={p.currentKey}
      onNavigate={p.onNavigate}
      onSelectRange={p.onSelectRange}
      onExplain={p.onExplain}
    />
  );
  return (
    <div data-testid="finding-table">
      <h4 className={styles.tableTitle}>{group.table ? t("findings.group", { table: t(`table.${group.table}`), area: group.area }) : t("findings.otherTables")}</h4>
      <ul className={styles.list}>{group.findings.map(item)}</ul>
      {group.notes.length > 0 && (
        <>
          <Button
            className={styles.notesToggle}
            size="small"
            appearance="subtle"
            icon={notesOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={notesOpen}
            onClick={() => p.onToggleNotes(group.key)}
            data-testid="notes-toggle"
          >
            {notesOpen ? t("group.hideNotes") : t("group.showNotes", { count: group.notes.length })}
          </Button>
          {notesOpen && <ul className={styles.list}>{group.notes.map(item)}</ul>}
        </>
      )}
    </div>
  );
}
