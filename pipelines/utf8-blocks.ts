// Output text as UTF-8 in blocks of BLOCK_BYTES, for a writer that writes bytes (`odh normalize`): each part (a
// row's JSON, its line end) is encoded straight into the block being filled, so no string of many rows is joined and
// no Buffer is made per piece. A part is never cut between two blocks, so every block is whole UTF-8 by itself.

/** 128 KiB: a few writes per 250-row batch of Japanese NDJSON (~300 KB), and twice a Linux pipe's buffer. */
export const BLOCK_BYTES = 128 * 1024;

export class Utf8Blocks {
  #block: Buffer = Buffer.allocUnsafeSlow(BLOCK_BYTES);
  #length = 0;
  #full: Buffer[] = [];

  /** Encodes a part at the end of the current block, or of a new one when it might not fit. Bound, to be passed on. */
  readonly add = (text: string): void => {
    // a UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair 4 for two)
    const most = text.length * 3;
    if (this.#length + most > this.#block.length) {
      this.#finishBlock();
      if (most > this.#block.length) this.#block = Buffer.allocUnsafeSlow(most);
    }
    // a line end: one byte, without a call into the encoder
    if (text.length === 1 && text.charCodeAt(0) < 0x80) this.#block[this.#length++] = text.charCodeAt(0);
    else this.#length += this.#block.write(text, this.#length);
  };

  /** The blocks filled so far, taken out; `all`: the one being filled too, if it has any bytes. */
  take(all = false): Buffer[] {
    if (all) this.#finishBlock();
    const full = this.#full;
    this.#full = [];
    return full;
  }

  #finishBlock(): void {
    if (this.#length === 0) return;
    this.#full.push(this.#block.subarray(0, this.#length));
    this.#block = Buffer.allocUnsafeSlow(BLOCK_BYTES);
    this.#length = 0;
  }
}
