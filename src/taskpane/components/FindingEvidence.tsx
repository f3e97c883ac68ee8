import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { Finding } from "../../core/findings";
import { unquoteSheetName } from "../../core/address";
import { useT } from "../hooks/useTranslate";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalS },
  title: { color: tokens.colorNeutralForeground3 },
});

/** `Sheet!A1:B2` → sheet and range; a range without a sheet is on `own`. */
export function splitSheet(own: string, ref: string): { sheet: string; range: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { sheet: own, range: ref };
  return { sheet: unquoteSheetName(ref.slice(0, bang)), range: ref.slice(bang + 1) };
}

/** The ranges a finding's expected value was computed from, each a link that selects it. */
export function FindingEvidence({ finding, onSelectRange }: { finding: Finding; onSelectRange(sheet: string, range: string): void }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="evidence">
      <span className={styles.title}>{t("evidence.title")}:</span>{" "}
      {finding.related.length === 0 && <span>{t("evidence.none")}</span>}
      {finding.related.map((ref) => {
        const { sheet, range } = splitSheet(finding.sheet, ref);
        return (
          <Link key={ref} as="button" aria-label={t("evidence.goTo", { range: ref })} onClick={() => onSelectRange(sheet, range)}>
            {ref}
          </Link>
        );
      })}
    </div>
  );
}
