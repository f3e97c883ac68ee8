import { Badge } from "@fluentui/react-components";
import { Severity } from "../../core/findings";
import { Translate } from "../../i18n/translate";

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export function SeverityBadge({ severity, t }: { severity: Severity; t: Translate }) {
  return (
    <Badge appearance="tint" color={COLOR[severity]} shape="rounded">
      {t(`severity.one.${severity}`)}
    </Badge>
  );
}
