import { useCallback, useEffect, useMemo, useRef } from "react";

export interface MeasuredHeights<T extends object> {
  /** The height `part` had when last rendered, or an estimate from `units` and what was measured so far. */
  heightOf(part: T, units: number): number;
  /** Measures `el` as `part` while it is rendered; returns the function that stops. */
  measure(el: HTMLElement, part: T, units: number): () => void;
}

/** Before anything is measured: about one finding's height in the pane. */
const FIRST_GUESS_PX_PER_UNIT = 110;

/**
 * Heights of a list's parts, so a part that is not rendered keeps the room it takes when it is:
 * the scroll bar tells the truth and nothing jumps when the part comes into view. Parts never
 * rendered are estimated from their size in `units` (e.g. findings) at the rate measured so far.
 */
export function useMeasuredHeights<T extends object>(): MeasuredHeights<T> {
  const state = useRef<{ observer?: ResizeObserver; heights: WeakMap<T, number>; parts: WeakMap<Element, { part: T; units: number }>; px: number; units: number }>({
    heights: new WeakMap(),
    parts: new WeakMap(),
    px: 0,
    units: 0,
  });

  const heightOf = useCallback((part: T, units: number) => {
    const s = state.current;
    return s.heights.get(part) ?? Math.round(units * (s.units > 0 ? s.px / s.units : FIRST_GUESS_PX_PER_UNIT));
  }, []);

  const measure = useCallback((el: HTMLElement, part: T, units: number) => {
    if (typeof ResizeObserver !== "function") return () => undefined;
    const s = state.current;
    s.parts.set(el, { part, units });
    s.observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const seen = s.parts.get(entry.target);
        const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
        if (!seen || height <= 0) continue;
        if (!s.heights.has(seen.part)) {
          s.px += height;
          s.units += seen.units;
        }
        s.heights.set(seen.part, height);
      }
    });
    s.observer.observe(el);
    return () => {
      s.observer?.unobserve(el);
      s.parts.delete(el);
    };
  }, []);

  useEffect(() => () => state.current.observer?.disconnect(), []);
  // One object for the list's life, so parts given it need not re-render.
  return useMemo(() => ({ heightOf, measure }), [heightOf, measure]);
}
