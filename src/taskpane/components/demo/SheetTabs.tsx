import { useT } from "../../hooks/useTranslate";
import { TabList } from "@fluentui/react-components";
import { MemorySheet } from "../../../hosts/memory";
import { SheetTab } from "./SheetTab";

export function SheetTabs({ sheets, active, onSelect }: { sheets: readonly MemorySheet[]; active?: string; onSelect(sheet: string): void }) {
  const t = useT();
  return (
    <TabList size="small" selectedValue={active} onTabSelect={(_, d) => onSelect(String(d.value))} aria-label={t("demo.sheets")}>
      {sheets.map((s) => (
        <SheetTab key={s.name} value={s.name} data-testid="sheet-tab">
          {s.created ? t("demo.created", { name: s.name }) : s.name}
        </SheetTab>
      ))}
    </TabList>
  );
}
