/** Growable typed arrays: amortised O(1) append, `toArray()` returns a right-sized array (a copy unless full). */
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
  toArray(): Float64Array {
    return this.length === this.buf.length ? this.buf : this.buf.slice(0, this.length);
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
  toArray(): Int32Array {
    return this.length === this.buf.length ? this.buf : this.buf.slice(0, this.length);
  }
}
