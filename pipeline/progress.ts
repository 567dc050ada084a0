import cliProgress from 'cli-progress';

/** Progress of a build: a bar per stage on a terminal, plain log lines in CI or when piped. */
export interface Progress {
  start(total: number, stages: readonly string[]): void;
  /** One document finished the given stages (cached or not). */
  documentDone(id: string, stages: readonly string[], failed: boolean): void;
  log(line: string): void;
  stop(): void;
}

export type ProgressMode = 'bar' | 'log' | 'silent';

export function chooseProgressMode(stream: NodeJS.WriteStream): ProgressMode {
  return stream.isTTY && !process.env.CI ? 'bar' : 'log';
}

export function createProgress(mode: ProgressMode, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (mode === 'silent') return { start() {}, documentDone() {}, log() {}, stop() {} };
  if (mode === 'log') return new LogProgress(stream);
  return new BarProgress(stream);
}

class LogProgress implements Progress {
  private total = 0;
  private done = 0;
  private nextReport = 0;
  constructor(private readonly stream: NodeJS.WriteStream) {}
  start(total: number): void {
    this.total = total;
    this.stream.write(`tilmash: ${total} document(s) to build\n`);
  }
  documentDone(id: string, _stages: readonly string[], failed: boolean): void {
    this.done++;
    // At most ~20 progress lines however large the corpus, plus one per failed document.
    if (failed) this.stream.write(`tilmash: ${id}: failed (see the report)\n`);
    if (this.done >= this.nextReport || this.done === this.total) {
      this.stream.write(`tilmash: documents ${this.done}/${this.total}\n`);
      this.nextReport = this.done + Math.max(1, Math.ceil(this.total / 20));
    }
  }
  log(line: string): void {
    this.stream.write(`tilmash: ${line}\n`);
  }
  stop(): void {}
}

class BarProgress implements Progress {
  private readonly multibar: cliProgress.MultiBar;
  private readonly bars = new Map<string, cliProgress.SingleBar>();
  constructor(stream: NodeJS.WriteStream) {
    this.multibar = new cliProgress.MultiBar(
      { stream, format: ' {stage} |{bar}| {value}/{total} documents', hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
  }
  start(total: number, stages: readonly string[]): void {
    for (const stage of stages) this.bars.set(stage, this.multibar.create(total, 0, { stage: stage.padEnd(9) }));
  }
  documentDone(_id: string, stages: readonly string[]): void {
    for (const stage of stages) this.bars.get(stage)?.increment();
  }
  log(line: string): void {
    this.multibar.log(`${line}\n`);
  }
  stop(): void {
    this.multibar.stop();
  }
}
