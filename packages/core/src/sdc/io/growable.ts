/**
 * Growable typed arrays: amortised O(1) append; `reserve(n)` sizes the buffer once when the
 * length is known in advance (no doubling copies); `toArray()` returns the values: the buffer
 * itself when full, a view of it when at most an eighth of it is unused (a reserved buffer sized by
 * an estimate: no copy of a large column), else a right-sized copy.
 */
export class GrowableFloat64 {
  private buf: Float64Array;
  length = 0;
  constructor(initial = 1024) {
    this.buf = new Float64Array(Math.max(16, initial));
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  get(i: number): number {
    return this.buf[i]!;
  }
  /**
   * The whole buffer, its unused tail included, for a caller that writes rows in place (the CSV
   * reader's fast path) and then sets `length`; valid until the next `push`, `reserve` or `append`.
   */
  raw(): Float64Array {
    return this.buf;
  }
  reserve(capacity: number): void {
    if (capacity <= this.buf.length) return;
    const next = new Float64Array(capacity);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  /** Appends all of `values` (one copy; the buffer grows once when they do not fit). */
  append(values: Float64Array): void {
    this.reserve(this.length + values.length);
    this.buf.set(values, this.length);
    this.length += values.length;
  }
  toArray(): Float64Array {
    const cap = this.buf.length;
    if (this.length === cap) return this.buf;
    return cap - this.length <= cap >>> 3
      ? this.buf.subarray(0, this.length)
      : this.buf.slice(0, this.length);
  }
}

export class GrowableInt32 {
  private buf: Int32Array;
  length = 0;
  constructor(initial = 1024) {
    this.buf = new Int32Array(Math.max(16, initial));
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  get(i: number): number {
    return this.buf[i]!;
  }
  /**
   * The whole buffer, its unused tail included, for a caller that writes rows in place (the CSV
   * reader's fast path) and then sets `length`; valid until the next `push`, `reserve` or `append`.
   */
  raw(): Int32Array {
    return this.buf;
  }
  reserve(capacity: number): void {
    if (capacity <= this.buf.length) return;
    const next = new Int32Array(capacity);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  /** Appends all of `values` (one copy; the buffer grows once when they do not fit). */
  append(values: Int32Array): void {
    this.reserve(this.length + values.length);
    this.buf.set(values, this.length);
    this.length += values.length;
  }
  toArray(): Int32Array {
    const cap = this.buf.length;
    if (this.length === cap) return this.buf;
    return cap - this.length <= cap >>> 3
      ? this.buf.subarray(0, this.length)
      : this.buf.slice(0, this.length);
  }
}
