/**
 * Ribbon commands. They run in the shared runtime, the same page as the task pane and the
 * custom functions (manifest: FunctionFile = Taskpane.Url), so webpack puts this entry into
 * taskpane.html rather than a page of its own.
 */
import { createExcelHost } from "../hosts/excel/office";

/** "Clear marks" on the Home tab: undoes the checker's fills and notes without opening the pane. */
export async function clearMarksCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await createExcelHost().clearMarks();
  } catch (error) {
    // A ribbon command has no UI of its own; the pane shows the marks still there on its next check.
    console.error("Budjettitarkistin: clearing marks failed", error);
  } finally {
    event.completed();
  }
}

// Outside Office (the standalone demo) there is nothing to associate with.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    Office.actions?.associate("clearMarks", clearMarksCommand);
  });
}
