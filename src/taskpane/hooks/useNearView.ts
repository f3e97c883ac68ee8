import { useCallback, useEffect, useMemo, useRef, useState } from "react";

export interface NearView {
  /**
   * Keys of the observed elements in or near the view of their scroll container; undefined
   * where the browser cannot tell (no IntersectionObserver, as in jsdom): everything counts as near.
   */
  near: ReadonlySet<string> | undefined;
  /** Watches `el` under `key`; returns the function that stops watching it. */
  observe(el: Element, key: string): () => void;
}

const canObserve = () => typeof IntersectionObserver === "function";

/** Half a view above and below: scrolling at reading speed finds the next part rendered already. */
const NEAR_MARGIN = "50%";

/**
 * Which parts of a long list are in view or near it, so the list renders only those. Measured against the nearest scrolling ancestor, not
 * the window: in the demo the pane scrolls inside its own column, and the window's margin would
 * not reach past that column's edge.
 */
export function useNearView(): NearView {
  const [near, setNear] = useState<ReadonlySet<string> | undefined>(() => (canObserve() ? new Set() : undefined));
  const watch = useRef<{ observer?: IntersectionObserver; keys: WeakMap<Element, string>; near: Set<string> }>({ keys: new WeakMap(), near: new Set() });

  const observe = useCallback(
    (el: Element, key: string) => {
      if (!canObserve()) return () => undefined;
      const w = watch.current;
      w.keys.set(el, key);
      w.observer ??= new IntersectionObserver(
        (entries) => {
          let changed = false;
          for (const entry of entries) {
            const k = w.keys.get(entry.target);
            if (k === undefined || entry.isIntersecting === w.near.has(k)) continue;
            if (entry.isIntersecting) w.near.add(k);
            else w.near.delete(k);
            changed = true;
          }
          if (changed) setNear(new Set(w.near));
        },
        { root: scrollParent(el), rootMargin: `${NEAR_MARGIN} 0px` },
      );
      w.observer.observe(el);
      return () => {
        w.observer?.unobserve(el);
        w.keys.delete(el);
        w.near.delete(key);
      };
    },
    [],
  );

  useEffect(() => () => watch.current.observer?.disconnect(), []);
  // The same object until `near` changes, so parts given it re-render only then.
  return useMemo(() => ({ near, observe }), [near, observe]);
}

/** The nearest ancestor that scrolls vertically, or null for the document's own viewport. */
function scrollParent(el: Element): Element | null {
  for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
    if (/(auto|scroll|overlay)/.test(getComputedStyle(p).overflowY)) return p;
  }
  return null;
}
