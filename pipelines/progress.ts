// Harvest progress for people: a progress bar on a terminal, a few plain lines otherwise (logs, CI, `odh start`),
// and the summary table printed at the end. Writes only to the stream it is given (the CLI passes stderr).
import cliProgress from "cli-progress";
import type { HarvestEvent, HarvestResult, SourceOutcome } from "./harvest.ts";

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface ProgressReporter {
  onProgress(event: HarvestEvent): void;
  /** stops the bar (if any) */
  stop(): void;
}

export function progressReporter(stream: ProgressStream, options: { tty?: boolean; label?: string } = {}): ProgressReporter {
  return (options.tty ?? stream.isTTY === true) ? barReporter(stream) : lineReporter(stream, options.label ?? "odh harvest");
}

function barReporter(stream: ProgressStream): ProgressReporter {
  const bar = new cliProgress.SingleBar({
    stream: stream as NodeJS.WritableStream,
    format: "収集 / harvest [{bar}] {value}/{total} {source}",
    hideCursor: true,
    clearOnComplete: false,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    onProgress(e) {
      if (e.type === "start") {
        bar.start(e.total, 0, { source: "" });
        started = true;
      } else {
        bar.update(e.done, { source: `${e.outcome.source_id} ${e.outcome.status}` });
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** One line at start, one per tenth done, and one for each source that failed or was invalid. */
function lineReporter(stream: ProgressStream, label: string): ProgressReporter {
  let step = 1;
  return {
    onProgress(e) {
      if (e.type === "start") {
        step = Math.max(1, Math.ceil(e.total / 10));
        stream.write(`${label}: 収集開始 / harvesting ${e.total} sources (run ${e.run_id})\n`);
        return;
      }
      if (e.outcome.status === "failed" || e.outcome.status === "invalid") stream.write(`${label}: ${outcomeLine(e.outcome)}\n`);
      if (e.done % step === 0 || e.done === e.total) stream.write(`${label}: ${e.done}/${e.total}\n`);
    },
    stop() {},
  };
}

const STATUS_JA: Record<SourceOutcome["status"], string> = {
  ok: "公開", unchanged: "変更なし", invalid: "無効", failed: "失敗", skipped: "スキップ",
};

/** A file with valid rows that was not published, the last good version staying (a cut, a drop): held, not invalid. */
const isHeld = (o: SourceOutcome): boolean => o.status === "invalid" && o.held !== null && o.held !== "no_valid_rows";

function outcomeLine(o: SourceOutcome): string {
  const rows = o.status === "failed" ? "" : ` rows ${o.rows} (valid ${o.valid}, invalid ${o.invalid})`;
  const status = isHeld(o) ? `保留 / held (${o.held}; 前の版を公開中 / last good version stays published)` : `${STATUS_JA[o.status]} / ${o.status}`;
  return `${status} ${o.source_id}${rows}${o.error ? ` — ${o.error}` : ""}`;
}

/** The table printed after a harvest: sources by outcome (a held file apart from one with no valid row), rows valid /
 *  invalid, then each source held, invalid or failed, with why. */
export function formatSummary(result: HarvestResult): string {
  const s = result.summary;
  const held = result.outcomes.filter(isHeld).length;
  const rows: Array<[string, string]> = [
    ["ソース / sources", String(s.sources)],
    ["  公開 / published", String(s.ok)],
    ["  変更なし / unchanged", String(s.unchanged)],
    ["  保留 / held (last good version stays)", String(held)],
    ["  無効 / invalid (no valid row)", String(s.invalid - held)],
    ["  失敗 / failed", String(s.failed)],
    ["  スキップ / skipped (running elsewhere)", String(s.skipped)],
    ["行 / rows read", String(s.rows)],
    ["  有効 / valid", String(s.valid_rows)],
    ["  無効 / invalid", String(s.invalid_rows)],
    ["時間 / time", `${(s.duration_ms / 1000).toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([k]) => displayWidth(k)));
  const lines = [
    `収集結果 / harvest summary — run ${result.run_id}: ${result.status}`,
    ...rows.map(([k, v]) => `  ${k}${" ".repeat(width - displayWidth(k))}  ${v.padStart(8)}`),
  ];
  const problems = result.outcomes.filter((o) => o.status === "failed" || o.status === "invalid");
  if (problems.length) lines.push("", "要対応 / needs attention:", ...problems.map((o) => `  ${outcomeLine(o)}`));
  return `${lines.join("\n")}\n`;
}

/** Terminal columns: CJK and full-width characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
