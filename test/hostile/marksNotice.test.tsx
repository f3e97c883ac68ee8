import { act, renderHook } from "@testing-library/react";
import { useMarks } from "../../src/taskpane/hooks/useMarks";
import { WorkbookHost } from "../../src/core/host";

/** A host that says what it could not do, as the Excel host does (issue 10 item 3: "say so"). */
function sayingHost(): WorkbookHost {
  let marked = 0;
  return {
    kind: "excel",
    markedCount: async () => marked,
    mark: async () => {
      marked = 2;
      return { unmarked: [{ sheet: "S", cell: "B5", reason: "fill-not-restorable" }] };
    },
    clearMarks: async () => {
      marked = 0;
      return { restored: 1, userChanged: 1, gone: 0, withoutRecord: 3 };
    },
  } as unknown as WorkbookHost;
}

describe("the pane hears what marking and clearing could not do", () => {
  it("passes on cells left unmarked and marks cleared without their records", async () => {
    const { result } = renderHook(() => useMarks(sayingHost()));
    let marked: Awaited<ReturnType<typeof result.current.mark>> | undefined;
    await act(async () => {
      marked = await result.current.mark([]);
    });
    expect(marked).toEqual({ count: 2, unmarked: 1 });
    let cleared: Awaited<ReturnType<typeof result.current.clear>> | undefined;
    await act(async () => {
      cleared = await result.current.clear();
    });
    expect(cleared).toEqual({ count: 0, userChanged: 1, withoutRecord: 3, gone: 0 });
  });

  it("a host that says nothing (the memory host) reads as nothing left undone", async () => {
    const host = { ...sayingHost(), mark: async () => undefined, clearMarks: async () => undefined } as unknown as WorkbookHost;
    const { result } = renderHook(() => useMarks(host));
    let cleared: Awaited<ReturnType<typeof result.current.clear>> | undefined;
    await act(async () => {
      cleared = await result.current.clear();
    });
    expect(cleared).toMatchObject({ userChanged: 0, withoutRecord: 0, gone: 0 });
  });
});
