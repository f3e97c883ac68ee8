import { ReactNode, memo, useEffect, useRef, useState } from "react";
import { MeasuredHeights } from "../hooks/useMeasuredHeights";
import { NearView } from "../hooks/useNearView";

/** Consecutive parts of a long list (tables of a sheet, findings of a table), rendered or held as room together. */
export interface Chunk<T> {
  key: string;
  parts: readonly T[];
  /** Its size for estimating its height before it was ever rendered (about one per finding). */
  units: number;
}

/**
 * Units per chunk: about three views of findings. Near the view two or three chunks are
 * rendered, few enough that a click on a long sheet repaints quickly.
 */
const CHUNK_UNITS = 25;

/** `parts` cut in order into chunks of about CHUNK_UNITS units each (a bigger part makes a chunk of its own). */
export function chunksOf<T>(parts: readonly T[], unitsOf: (part: T) => number, keyOf: (part: T) => string): Chunk<T>[] {
  const chunks: Chunk<T>[] = [];
  let current: T[] = [];
  let units = 0;
  for (const part of parts) {
    const n = unitsOf(part);
    if (current.length > 0 && units + n > CHUNK_UNITS) {
      chunks.push({ key: keyOf(current[0]), parts: current, units });
      current = [];
      units = 0;
    }
    current.push(part);
    units += n;
  }
  if (current.length > 0) chunks.push({ key: keyOf(current[0]), parts: current, units });
  return chunks;
}

/** Whether a list of this many units is cut into chunks at all. */
export function worthChunking(units: number): boolean {
  return units > CHUNK_UNITS;
}

interface NearChunksProps<T> {
  chunks: readonly Chunk<T>[];
  /** "list" for chunks of list items: the chunks are then role="none", so the items are the list's own. */
  role?: "list";
  className?: string;
  view: NearView;
  heights: MeasuredHeights<Chunk<T>>;
  /** Whether a chunk holds the current finding: it is always rendered, so the stepper can focus it. */
  holdsCurrent(chunk: Chunk<T>): boolean;
  render(part: T): ReactNode;
}

/**
 * A long list rendered a chunk at a time (a book printed on one sheet has hundreds of findings under
 * one heading): only chunks in or near the view, holding the keyboard focus or the current finding
 * render their parts; the others keep their measured height.
 */
export function NearChunks<T>(p: NearChunksProps<T>) {
  const [focused, setFocused] = useState<string>();
  const near = p.view.near;
  return (
    <div role={p.role} className={p.className}>
      {p.chunks.map((chunk) => (
        <ChunkPart
          key={chunk.key}
          chunk={chunk as Chunk<unknown>}
          inList={p.role === "list"}
          rendered={near === undefined || near.has(chunk.key) || focused === chunk.key || p.holdsCurrent(chunk)}
          view={p.view}
          heights={p.heights as MeasuredHeights<Chunk<unknown>>}
          onFocusChunk={setFocused}
          render={p.render as (part: unknown) => ReactNode}
        />
      ))}
    </div>
  );
}

interface ChunkPartProps {
  chunk: Chunk<unknown>;
  inList: boolean;
  rendered: boolean;
  view: NearView;
  heights: MeasuredHeights<Chunk<unknown>>;
  onFocusChunk(key: string | undefined): void;
  render(part: unknown): ReactNode;
}

const ChunkPart = memo(function ChunkPart({ chunk, inList, rendered, view, heights, onFocusChunk, render }: ChunkPartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { observe } = view;
  const { measure } = heights;
  const role = inList ? "none" : undefined;
  useEffect(() => observe(ref.current!, chunk.key), [observe, chunk.key]);
  // Only a rendered chunk is measured: the room held for one is an estimate, not its height.
  useEffect(() => (rendered && ref.current ? measure(ref.current, chunk, chunk.units) : undefined), [rendered, measure, chunk]);
  if (!rendered) return <div ref={ref} role={role} aria-hidden="true" data-testid="finding-chunk-pending" style={{ height: heights.heightOf(chunk, chunk.units) }} />;
  return (
    <div
      ref={ref}
      role={role}
      onFocus={() => onFocusChunk(chunk.key)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onFocusChunk(undefined);
      }}
    >
      {chunk.parts.map(render)}
    </div>
  );
});
