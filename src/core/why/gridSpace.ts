// Numbers in the first buffer the grids are cut from (64 kB) and in the largest (a megabyte); a
// grid above a quarter of the largest has its own.
const GRID_BUFFER_FIRST = 1 << 14;
const GRID_BUFFER_MOST = 1 << 18;

/**
 * The sheets' grids and lists of places, each a part of a larger buffer, zeroed as made: a check
 * places every sheet its search touches (all two hundred of the bench's), and a typed array of its
 * own for each (a few kilobytes, beyond what V8 keeps on its heap) was a buffer allocated, tracked
 * and freed: those allocations were two thirds of placing a sheet's own time in a profile.
 */
export class GridSpace {
  private buffer: Int32Array = new Int32Array(0);
  private used = 0;
  // Each buffer twice the last, up to the largest: a book of a few sheets takes a small one.
  private nextLength = GRID_BUFFER_FIRST;

  take(length: number): Int32Array {
    if (length > GRID_BUFFER_MOST / 4) return new Int32Array(length);
    if (this.used + length > this.buffer.length) {
      this.buffer = new Int32Array(Math.max(this.nextLength, length));
      this.nextLength = Math.min(2 * this.nextLength, GRID_BUFFER_MOST);
      this.used = 0;
    }
    const grid = this.buffer.subarray(this.used, this.used + length);
    this.used += length;
    return grid;
  }
}
