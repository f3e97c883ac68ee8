import { Tab, TabList } from "@fluentui/react-components";
import { MemorySheet } from "../../../hosts/memory";
import { Translate } from "../../../i18n/translate";

export function SheetTabs({ sheets, active, t, onSelect }: { sheets: readonly MemorySheet[]; active?: string; t: Translate; onSelect(sheet: string): void }) {
  return (
    <TabList size="small" selectedValue={active} onTabSelect={(_, d) => onSelect(String(d.value))} aria-label={t("demo.sheets")}>
      {sheets.map((s) => (
        <Tab key={s.name} value={s.name} data-testid="sheet-tab">
          {s.created ? t("demo.created", { name: s.name }) : s.name}
        </Tab>
      ))}
    </TabList>
  );
}
