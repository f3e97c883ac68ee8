/**
 * The files of a batch as a queue every thread takes from directly, through shared memory. A
 * worker asking this thread for its next file had to wait until this thread, itself checking a
 * file, came back to its event loop: a whole check's time, idle, for every file a worker did.
 *
 * The buffer holds the next position in the queue, then one slot per worker with the file it is
 * checking (-1 when none), so that a worker that dies can be charged with the file it was on.
 */
export class Claims {
  private readonly cells: Int32Array;

  /** `buffer` from `Claims.buffer`, shared by every thread of the batch. */
  constructor(readonly buffer: SharedArrayBuffer) {
    this.cells = new Int32Array(buffer);
  }

  static buffer(workers: number): SharedArrayBuffer {
    const buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (1 + workers));
    new Int32Array(buffer).fill(-1, 1);
    return buffer;
  }

  /** The next position in the queue, taken by one thread only; noted in `slot` when given. */
  take(slot?: number): number {
    const at = Atomics.add(this.cells, 0, 1);
    if (slot !== undefined) Atomics.store(this.cells, 1 + slot, at);
    return at;
  }

  /** The worker of `slot` has answered for its file. */
  release(slot: number): void {
    Atomics.store(this.cells, 1 + slot, -1);
  }

  /** The position the worker of `slot` took last and has not answered for, or -1. */
  held(slot: number): number {
    return Atomics.load(this.cells, 1 + slot);
  }
}
