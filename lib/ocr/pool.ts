import "server-only";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Worker as Thread } from "node:worker_threads";
import Tesseract from "tesseract.js";
import type { LanguageData } from "./language-data";

// Tesseract runs in WebAssembly on worker threads (tesseract.js starts one per worker), so that a
// page's recognition, seconds of computation, never blocks the server's event loop. Threads are
// long-lived, each with one language loaded, started when a language is first asked for: at most
// `size` of them (one per core), so a queue of pages uses the whole machine and no more. A page in
// a language no idle thread has loaded takes the place of the idle thread used longest ago.

// Not bundled: the thread runs tesseract.js's worker script from node_modules, through this file.
const WORKER_SCRIPT = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  "lib",
  "ocr",
  "tesseract-worker.cjs",
);

interface Slot {
  code: string;
  ready: Promise<Tesseract.Worker>;
  thread?: Thread;
  busy: boolean;
  lastUsed: number;
  retired: boolean;
  /** The running task's progress, and what to do if the thread dies under it. */
  onProgress?: (fraction: number) => void;
  fail?: (error: Error) => void;
}

interface Waiting {
  code: string;
  data: LanguageData;
  start: (slot: Slot) => void;
  reject: (error: Error) => void;
}

export class OcrPool {
  private slots: Slot[] = [];
  private waiting: Waiting[] = [];

  readonly size: number;

  constructor(size: number) {
    this.size = Math.max(1, size);
  }

  /** Runs `task` on a thread that has the language `code` (its data in `data`) loaded. */
  run<T>(
    code: string,
    data: LanguageData,
    task: (worker: Tesseract.Worker) => Promise<T>,
    onProgress?: (fraction: number) => void,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({
        code,
        data,
        reject,
        start: (slot) => {
          slot.busy = true;
          slot.onProgress = onProgress;
          slot.thread?.ref();
          const release = () => {
            slot.busy = false;
            slot.onProgress = undefined;
            slot.fail = undefined;
            slot.lastUsed = performance.now();
            // An idle thread does not keep a script's process alive.
            slot.thread?.unref();
          };
          new Promise<T>((settle, fail) => {
            slot.fail = fail;
            slot.ready.then(task).then(settle, fail);
          }).then(
            (value) => {
              release();
              resolve(value);
              this.dispatch();
            },
            (error: unknown) => {
              release();
              reject(error instanceof Error ? error : new Error(String(error)));
              this.dispatch();
            },
          );
        },
      });
      this.dispatch();
    });
  }

  /** Threads started and not yet stopped, with their language: for tests and the benchmark. */
  get threads(): { code: string; busy: boolean }[] {
    return this.slots.map(({ code, busy }) => ({ code, busy }));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0] as Waiting;
      const slot = this.slotFor(next.code, next.data);
      if (!slot) return;
      this.waiting.shift();
      next.start(slot);
    }
  }

  private slotFor(code: string, data: LanguageData): Slot | undefined {
    const idle = this.slots.find((slot) => !slot.busy && slot.code === code);
    if (idle) return idle;
    if (this.slots.length >= this.size) {
      const oldest = this.slots.filter((slot) => !slot.busy).sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (!oldest) return undefined;
      this.retire(oldest);
    }
    return this.spawn(code, data);
  }

  private spawn(code: string, data: LanguageData): Slot {
    const slot = { code, busy: false, lastUsed: performance.now(), retired: false } as Slot;
    slot.ready = this.startWorker(slot, data);
    slot.ready.catch(() => this.forget(slot));
    this.slots.push(slot);
    return slot;
  }

  private async startWorker(slot: Slot, data: LanguageData): Promise<Tesseract.Worker> {
    let starting = true;
    let startFailed: (error: Error) => void = () => {};
    const failure = new Promise<never>((_, reject) => {
      startFailed = reject;
    });
    const created = Tesseract.createWorker(slot.code, Tesseract.OEM.LSTM_ONLY, {
      workerPath: WORKER_SCRIPT,
      langPath: data.langPath,
      gzip: data.gzip,
      // Read the data where it lies and write no copy of it: the install may be read-only.
      cacheMethod: "none",
      logger: ({ status, progress }) => {
        if (status === "recognizing text") slot.onProgress?.(progress);
      },
      // Without a handler tesseract.js throws its worker's errors in a message listener, which
      // would end the process. A failed recognition still rejects its own promise.
      errorHandler: (error: unknown) => {
        // A failed start only calls this handler: createWorker itself would never settle.
        if (starting)
          startFailed(new Error(`Tesseract could not load the language data "${slot.code}": ${error}`));
      },
    });
    const worker = await Promise.race([created, failure]);
    starting = false;
    // tesseract.js keeps its thread on the worker object without declaring it.
    const thread = (worker as unknown as { worker?: Thread }).worker;
    if (thread) {
      slot.thread = thread;
      thread.on("error", () => {});
      thread.once("exit", () => {
        if (slot.retired) return;
        this.forget(slot);
        slot.fail?.(new Error("The OCR worker thread stopped unexpectedly (out of memory?)."));
      });
      if (!slot.busy) thread.unref();
    }
    return worker;
  }

  private forget(slot: Slot): void {
    slot.retired = true;
    this.slots = this.slots.filter((other) => other !== slot);
    this.dispatch();
  }

  private retire(slot: Slot): void {
    slot.retired = true;
    this.slots = this.slots.filter((other) => other !== slot);
    void stop(slot);
  }

  async close(): Promise<void> {
    const waiting = this.waiting;
    this.waiting = [];
    for (const next of waiting) next.reject(new Error("OCR was shut down before this image's turn."));
    const slots = this.slots;
    for (const slot of slots) {
      slot.retired = true;
      slot.fail?.(new Error("OCR was shut down while reading this image."));
    }
    this.slots = [];
    await Promise.all(slots.map(stop));
  }
}

/**
 * Ends a slot's thread once started. The thread itself, not tesseract.js's terminate: a task
 * about to post its image would then find tesseract.js's handle gone and throw where none can catch.
 */
async function stop(slot: Slot): Promise<void> {
  try {
    const worker = await slot.ready;
    await (slot.thread ? slot.thread.terminate() : worker.terminate());
  } catch {}
}

const globalForPool = globalThis as unknown as { ocrPool?: OcrPool };

/** The process's pool (kept on globalThis because Next reloads modules in development). */
export function ocrPool(): OcrPool {
  if (!globalForPool.ocrPool) {
    const configured = Number(process.env.OCR_WORKERS);
    const size =
      process.env.OCR_WORKERS && Number.isInteger(configured) && configured >= 1
        ? configured
        : availableParallelism();
    globalForPool.ocrPool = new OcrPool(Math.min(size, 8));
  }
  return globalForPool.ocrPool;
}

export async function closeOcrPool(): Promise<void> {
  const pool = globalForPool.ocrPool;
  globalForPool.ocrPool = undefined;
  await pool?.close();
}
