import { mergeClasses } from "@fluentui/react-components";
import { Finding } from "../../core/findings";
import { SeverityBadge } from "./SeverityBadge";
import { useFindingStyles } from "./findingStyles";

/** Severity, cell, row label and column: what a finance officer scans for first. */
export function FindingHead({ finding, className }: { finding: Finding; className?: string }) {
  const styles = useFindingStyles();
  return (
    <span className={mergeClasses(styles.head, className)}>
      <SeverityBadge severity={finding.severity} />
      <span className={styles.cell}>{finding.cell}</span>
      {finding.row && <span className={styles.label}>{finding.row}</span>}
      {finding.column && <span className={styles.label}>{finding.column}</span>}
    </span>
  );
}
