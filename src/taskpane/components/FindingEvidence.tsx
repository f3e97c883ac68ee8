import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { Finding } from "../../core/findings";
import { sheetAndRange } from "../../core/address";
import { useT } from "../hooks/useTranslate";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalS },
  title: { color: tokens.colorNeutralForeground3 },
});

/** The ranges a finding's expected value was computed from, each a link that selects it. */
export function FindingEvidence({ finding, onSelectRange }: { finding: Finding; onSelectRange(sheet: string, range: string): void }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="evidence">
      <span className={styles.title}>{t("evidence.title")}:</span>{" "}
      {finding.related.length === 0 && <span>{t("evidence.none")}</span>}
      {finding.related.map((ref) => {
        const { sheet, range } = sheetAndRange(finding.sheet, ref);
        return (
          <Link key={ref} as="button" aria-label={t("evidence.goTo", { range: ref })} onClick={() => onSelectRange(sheet, range)}>
            {ref}
          </Link>
        );
      })}
    </div>
  );
}
