/** Memory a Scratch keeps from call to call, at most; beyond it, arrays get buffers of their own. */
const KEEP_BYTES = 1 << 20;
/** The size of each buffer a Scratch keeps (or of the array, where larger). */
const CHUNK_BYTES = 1 << 18;

/**
 * Zeroed typed arrays for the working memory of one call of a function that runs to its end without calling back
 * into code that may use the same Scratch: views of buffers kept from call to call, where a typed array of its own
 * costs a fresh backing store (a microsecond for a few KB, several for tens of KB) and the garbage collector's work.
 * Arrays handed out in a call stay valid until the next `start`.
 */
export class Scratch {
  private readonly chunks: ArrayBuffer[] = [];
  private keptBytes = 0;
  /** The kept buffer arrays are placed in now (chunks.length once none has room), and its bytes in use. */
  private chunk = 0;
  private used = 0;
  /** The buffer of the array placed last. */
  private buffer = new ArrayBuffer(0);

  /** Starts a call: every array handed out before is free again. */
  start(): void {
    this.chunk = 0;
    this.used = 0;
  }

  int32(length: number): Int32Array {
    const at = this.place(length * 4);
    return new Int32Array(this.buffer, at, length).fill(0);
  }

  uint8(length: number): Uint8Array {
    const at = this.place(length);
    return new Uint8Array(this.buffer, at, length).fill(0);
  }

  float64(length: number): Float64Array {
    const at = this.place(length * 8);
    return new Float64Array(this.buffer, at, length).fill(0);
  }

  /** Room for `bytes` bytes, 8-aligned: its offset in `this.buffer`. */
  private place(bytes: number): number {
    const size = Math.ceil(bytes / 8) * 8;
    for (; this.chunk < this.chunks.length; this.chunk++, this.used = 0) {
      const buffer = this.chunks[this.chunk] as ArrayBuffer;
      if (this.used + size <= buffer.byteLength) {
        const at = this.used;
        this.used += size;
        this.buffer = buffer;
        return at;
      }
    }
    const chunkBytes = Math.max(size, CHUNK_BYTES);
    if (this.keptBytes + chunkBytes > KEEP_BYTES) {
      // A buffer for this array alone, let go with it.
      this.buffer = new ArrayBuffer(size);
      return 0;
    }
    this.buffer = new ArrayBuffer(chunkBytes);
    this.chunks.push(this.buffer);
    this.keptBytes += chunkBytes;
    this.used = size;
    return 0;
  }
}
