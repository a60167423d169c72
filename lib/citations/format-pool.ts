import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { parseImportFile } from "./import-plan";
import type { ImportFormat, ParsedEntry } from "./import-types";
import {
  type BibliographyLayout,
  type CslItem,
  type EngineSpec,
  type NoteRequest,
  type RenderedEntry,
  renderBibliography,
  renderNotes,
  warmUp,
} from "./render";

// Cold citation formatting (citeproc-js, a few milliseconds an entry) and the reading of import
// files run on worker threads, one per core, so that a large bibliography uses the whole machine and never blocks the server's
// event loop. Each thread keeps its engines warm. Where threads cannot start (or with
// CITATION_WORKERS=0) the same renderer runs in process.

type Task =
  | { kind: "bibliography"; spec: EngineSpec; items: CslItem[]; alone?: string[] }
  | { kind: "notes"; spec: EngineSpec; items: CslItem[]; notes: NoteRequest[]; alone?: string[] }
  | { kind: "warm"; spec: EngineSpec }
  | { kind: "parse"; format: ImportFormat; text: string };

type TaskResult<T extends Task> = T extends { kind: "bibliography" }
  ? { entries: RenderedEntry[]; layout: BibliographyLayout }
  : T extends { kind: "notes" }
    ? Record<string, string>
    : T extends { kind: "parse" }
      ? ParsedEntry[]
      : null;

interface Pending {
  task: Task & { id: number };
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: Pending | null;
}

function runInProcess(task: Task): unknown {
  switch (task.kind) {
    case "bibliography":
      return renderBibliography(task.spec, task.items, task.alone);
    case "notes":
      return renderNotes(task.spec, task.items, task.notes, task.alone);
    case "warm":
      warmUp(task.spec);
      return null;
    case "parse":
      return parseImportFile(task.text, task.format);
  }
}

export class FormatPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 1;
  private failed = false;

  constructor(readonly size: number) {}

  get threads(): number {
    return this.failed ? 0 : this.size;
  }

  private start(): void {
    if (this.slots.length || this.failed || this.size === 0) return;
    try {
      // Not bundled: the worker runs from the source tree, loading the renderer through tsx.
      const file = path.join(
        /* turbopackIgnore: true */ process.cwd(),
        "lib",
        "citations",
        "format-worker.mjs",
      );
      for (let index = 0; index < this.size; index++) {
        const worker = new Worker(file);
        const slot: Slot = {
          worker,
          busy: null,
          ready: new Promise((resolve, reject) => {
            worker.once("message", () => resolve());
            worker.once("error", reject);
          }),
        };
        worker.on("message", (message: { id?: number; ok: boolean; result?: unknown; error?: string }) => {
          if (message.id === undefined || !slot.busy) return;
          const pending = slot.busy;
          slot.busy = null;
          if (message.ok) pending.resolve(message.result);
          else pending.reject(new Error(message.error));
          this.dispatch();
        });
        worker.on("error", (error) => {
          slot.busy?.reject(error instanceof Error ? error : new Error(String(error)));
          slot.busy = null;
          this.slots = this.slots.filter((other) => other !== slot);
          if (this.slots.length === 0) this.failed = true;
          this.dispatch();
        });
        worker.unref();
        this.slots.push(slot);
      }
    } catch (error) {
      console.warn("Citation workers could not start; formatting in process.", error);
      this.failed = true;
    }
  }

  private dispatch(): void {
    if (this.failed || this.slots.length === 0) {
      // Drain in process, one task per tick, so that the event loop keeps breathing.
      const pending = this.queue.shift();
      if (!pending) return;
      setImmediate(() => {
        try {
          pending.resolve(runInProcess(pending.task));
        } catch (error) {
          pending.reject(error instanceof Error ? error : new Error(String(error)));
        }
        this.dispatch();
      });
      return;
    }
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const pending = this.queue.shift();
      if (!pending) break;
      slot.busy = pending;
      slot.worker.ref();
      slot.ready.then(
        () => slot.worker.postMessage(pending.task),
        (error) => {
          slot.busy = null;
          pending.reject(error);
        },
      );
    }
    for (const slot of this.slots) if (!slot.busy) slot.worker.unref();
  }

  run<T extends Task>(task: T): Promise<TaskResult<T>> {
    this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({
        task: { ...task, id: this.nextId++ },
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      this.dispatch();
    });
  }

  /** Builds the engine in every thread, so that the first request finds it warm. */
  async warm(spec: EngineSpec): Promise<void> {
    const count = Math.max(1, this.threads);
    await Promise.all(Array.from({ length: count }, () => this.run({ kind: "warm", spec })));
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}

const globalForPool = globalThis as unknown as { citationPool?: FormatPool };

/** The process's pool (kept on globalThis because Next reloads modules in development). */
export function formatPool(): FormatPool {
  if (!globalForPool.citationPool) {
    const configured = process.env.CITATION_WORKERS;
    const size = configured !== undefined && configured !== "" ? Number(configured) : availableParallelism();
    globalForPool.citationPool = new FormatPool(Number.isFinite(size) && size >= 0 ? Math.min(size, 8) : 2);
  }
  return globalForPool.citationPool;
}

export async function closeFormatPool(): Promise<void> {
  await globalForPool.citationPool?.close();
  globalForPool.citationPool = undefined;
}
