import { useT } from "../hooks/useTranslate";
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { ArrowDownloadRegular, CopyRegular, DocumentTableRegular, ShareRegular } from "@fluentui/react-icons";

export type ExportKind = "html" | "csv" | "copy";

export function ExportMenu({ disabled, onExport }: { disabled: boolean; onExport(kind: ExportKind): void }) {
  const t = useT();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton icon={<ShareRegular />} disabled={disabled}>
          {t("export.menu")}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<ArrowDownloadRegular />} onClick={() => onExport("html")}>
            {t("export.html")}
          </MenuItem>
          <MenuItem icon={<DocumentTableRegular />} onClick={() => onExport("csv")}>
            {t("export.csv")}
          </MenuItem>
          <MenuItem icon={<CopyRegular />} onClick={() => onExport("copy")}>
            {t("export.copy")}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
