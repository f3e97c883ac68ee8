import { renderHook, waitFor } from "@testing-library/react";
import { useStoredState } from "../../src/taskpane/hooks/useStoredState";
import { MemoryHost } from "../../src/hosts/memory";
import { parseStoredState } from "../../src/hosts/memory";

/** Issue 10 item 4: what could not be read is reported in the pane, not dropped in silence. */
describe("the pane reports stored entries it could not read", () => {
  it("lists a malformed explanation and a malformed setting, and keeps the good ones", async () => {
    const text = JSON.stringify({
      settings: { lang: "en", tolerances: "abc" },
      explanations: { good: { comment: "ok", at: "2024-03-11T09:30:00.000Z" }, bad: { comment: 42 } },
    });
    const host = new MemoryHost([], { persistence: { load: () => parseStoredState(text), save: () => undefined } });
    const { result } = renderHook(() => useStoredState(host, "fi"));
    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.problems).toEqual(["settings.tolerances", "explanations.bad"]);
    expect(Object.keys(result.current.explanations)).toEqual(["good"]);
    expect(result.current.settings.lang).toBe("en");
  });

  it("reports nothing for a clean state", async () => {
    const host = new MemoryHost([]);
    const { result } = renderHook(() => useStoredState(host, "fi"));
    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.problems).toEqual([]);
  });
});
