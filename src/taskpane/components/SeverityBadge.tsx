import { useT } from "../hooks/useTranslate";
import { Badge } from "@fluentui/react-components";
import { Severity } from "../../core/findings";

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useT();
  return (
    <Badge appearance="tint" color={COLOR[severity]} shape="rounded">
      {t(`severity.one.${severity}`)}
    </Badge>
  );
}
