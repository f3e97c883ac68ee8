import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Finding, findingKey } from "../../core/findings";
import { Lang } from "../../core/options";
import { Translate } from "../../i18n/translate";
import { groupFindings } from "../grouping";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  sheet: { marginTop: tokens.spacingVerticalM },
  sheetTitle: { margin: 0 },
  tableTitle: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface FindingGroupsProps {
  findings: readonly Finding[];
  lang: Lang;
  t: Translate;
  onNavigate(finding: Finding): void;
  onExplain(finding: Finding, comment: string): Promise<void>;
}

/** Open findings under a heading per sheet and per table, so a screen reader can jump between them. */
export function FindingGroups({ findings, lang, t, onNavigate, onExplain }: FindingGroupsProps) {
  const styles = useStyles();
  return (
    <>
      {groupFindings(findings).map((sheet) => (
        <section key={sheet.sheet} className={styles.sheet} aria-label={sheet.sheet} data-testid="finding-sheet">
          <Subtitle2 as="h3" className={styles.sheetTitle}>
            {sheet.sheet}
          </Subtitle2>
          {sheet.tables.map((group) => (
            <div key={group.key}>
              <Text as="h4" className={styles.tableTitle}>
                {group.table ? t("findings.group", { table: t(`table.${group.table}`), area: group.area }) : t("findings.otherTables")}
              </Text>
              <ul className={styles.list}>
                {group.findings.map((f) => (
                  <FindingItem key={findingKey(f)} finding={f} lang={lang} t={t} onNavigate={onNavigate} onExplain={onExplain} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
