// The scheduler: one node-cron task per distinct `schedule` of the enabled sources (Asia/Tokyo). A slot harvests
// its sources; a source still running in this process is skipped, and a database lease (storage/source-state.ts)
// keeps several workers from running the same source, or the same slot twice.
import { randomUUID } from "node:crypto";
import cron, { type ScheduledTask } from "node-cron";
import type { Db } from "../storage/db.ts";
import { type HarvestEvent, type HarvestResult, harvest } from "./harvest.ts";
import type { Source, SourcesConfig } from "./sources/config.ts";

export interface SchedulerOptions {
  timezone?: string;
  /** lease owner name of this process */
  owner?: string;
  concurrency?: number;
  allowPrivate?: boolean | readonly string[];
  onProgress?: (event: HarvestEvent) => void;
  /** after each slot's run (also when the run failed as a whole: then `error` is set) */
  onRun?: (schedule: string, result: HarvestResult | null, error?: unknown) => void;
}

export interface Scheduler {
  /** cron expressions with a task */
  readonly schedules: readonly string[];
  /** runs one slot of `schedule` now (what the cron task does at its time) */
  runSlot(schedule: string, slot: Date): Promise<HarvestResult | null>;
  stop(): Promise<void>;
}

export function startScheduler(db: Db, config: SourcesConfig, options: SchedulerOptions = {}): Scheduler {
  const owner = options.owner ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  const groups = groupBySchedule(config.sources.filter((s) => s.enabled));
  const running = new Set<string>();
  /** harvests under way, for stop() to wait for; stopping starts no further source */
  const underway = new Set<Promise<unknown>>();
  const stopping = new AbortController();

  async function runSlot(schedule: string, slot: Date): Promise<HarvestResult | null> {
    const ids = (groups.get(schedule) ?? []).map((s) => s.id).filter((id) => !running.has(id));
    if (ids.length === 0 || stopping.signal.aborted) return null;
    for (const id of ids) running.add(id);
    let run: Promise<HarvestResult> | undefined;
    try {
      run = harvest(db, config, {
        trigger: "schedule", filter: { ids }, slot: minuteOf(slot), owner, signal: stopping.signal,
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        ...(options.allowPrivate !== undefined ? { allowPrivate: options.allowPrivate } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      underway.add(run);
      const result = await run;
      options.onRun?.(schedule, result);
      return result;
    } catch (err) {
      options.onRun?.(schedule, null, err);
      return null;
    } finally {
      if (run !== undefined) underway.delete(run);
      for (const id of ids) running.delete(id);
    }
  }

  const tasks: ScheduledTask[] = [...groups.keys()].map((schedule) =>
    cron.schedule(schedule, (ctx) => runSlot(schedule, ctx.date), {
      name: `harvest ${schedule}`, timezone: options.timezone ?? "Asia/Tokyo", noOverlap: false,
    }));

  return {
    schedules: [...groups.keys()],
    runSlot,
    /** No further slot or source starts; resolves once the sources in flight are done (the database may close then). */
    async stop() {
      for (const t of tasks) await t.destroy();
      stopping.abort();
      await Promise.allSettled([...underway]);
    },
  };
}

function groupBySchedule(sources: readonly Source[]): Map<string, Source[]> {
  const groups = new Map<string, Source[]>();
  for (const s of sources) groups.set(s.schedule, [...(groups.get(s.schedule) ?? []), s]);
  return groups;
}

function minuteOf(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 60_000) * 60_000);
}
