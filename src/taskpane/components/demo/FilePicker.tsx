import { useT } from "../../hooks/useTranslate";
import { useId, useRef } from "react";
import { Button } from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons";

/** A real file input behind a Fluent button, so keyboard and screen readers get both. */
export function FilePicker({ disabled, onPick }: { disabled: boolean; onPick(file: File): void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that picking the same file again still loads it.
          e.target.value = "";
          if (file) onPick(file);
        }}
      />
      <Button icon={<FolderOpenRegular />} disabled={disabled} onClick={() => input.current?.click()}>
        {t("demo.open")}
      </Button>
    </>
  );
}
