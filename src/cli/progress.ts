/**
 * Progress line on stderr, only when stderr is a terminal (quiet when piped or in CI).
 */
export class Progress {
  private last = 0;
  private readonly tty: boolean;
  private readonly start = Date.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.tty = !!out.isTTY;
  }

  update(done: number): void {
    if (!this.tty) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    const pct = this.total ? Math.min(100, (done / this.total) * 100) : 0;
    const mb = (done / 1048576).toFixed(1);
    const secs = ((now - this.start) / 1000).toFixed(1);
    this.out.write(`\r${this.label}: ${pct.toFixed(0).padStart(3)} % (${mb} MB, ${secs} s)\u001b[K`);
  }

  done(): void {
    if (this.tty && this.last) this.out.write('\r\u001b[K');
  }
}
