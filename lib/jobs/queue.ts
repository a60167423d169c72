import "server-only";
import PgBoss from "pg-boss";

// Long work (citation exports and imports, project archives) runs as jobs in a PostgreSQL-backed
// queue (pg-boss, in its own "pgboss" schema of the app's database), so that it survives a
// restart and never holds a request open. Each job's state and progress live in the app's own
// table (CitationJob, ArchiveJob), which the UI polls; the queue only carries that row's id.
// Every process that queues a job also works that queue.

export type QueueName = "citation-jobs" | "archive-jobs" | "ocr-jobs";

type Handler = (jobId: string) => Promise<void>;

const globalForQueue = globalThis as unknown as {
  jobQueue?: {
    boss: PgBoss;
    started: Promise<void>;
    handlers: Map<QueueName, Handler>;
    working: Set<QueueName>;
  };
};

function queue() {
  if (!globalForQueue.jobQueue) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: the job queue needs the database.");
    const boss = new PgBoss({
      connectionString,
      schema: "pgboss",
      max: 4,
      // The queue's own housekeeping is light; completed jobs are kept a week.
      deleteAfterDays: 7,
      application_name: "apparatus-job-queue",
    });
    boss.on("error", (error) => console.error("job queue:", error));
    const started = boss.start().then(() => undefined);
    globalForQueue.jobQueue = { boss, started, handlers: new Map(), working: new Set() };
  }
  return globalForQueue.jobQueue;
}

const created = new Map<QueueName, Promise<unknown>>();

async function ready(name: QueueName) {
  const state = queue();
  await state.started;
  if (!created.has(name)) {
    // An archive of gigabytes may take a while; nothing is retried (a failure is reported).
    created.set(name, state.boss.createQueue(name, { name, retryLimit: 0, expireInHours: 6 }));
  }
  await created.get(name);
  return state;
}

/** Starts working a queue in this process (idempotent), with the given job runner. */
export async function startWorker(name: QueueName, handler: Handler): Promise<void> {
  const state = await ready(name);
  state.handlers.set(name, handler);
  if (state.working.has(name)) return;
  state.working.add(name);
  // citationJobId: jobs queued before the queue was shared.
  await state.boss.work<{ jobId?: string; citationJobId?: string }>(
    name,
    { batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => {
      const jobId = job?.data.jobId ?? job?.data.citationJobId;
      if (jobId) await state.handlers.get(name)!(jobId);
    },
  );
}

export async function enqueue(name: QueueName, jobId: string): Promise<void> {
  const state = await ready(name);
  await state.boss.send(name, { jobId });
}

/** Stops the queue in this process (tests, shutdown), letting running jobs finish. */
export async function stopQueues(): Promise<void> {
  const state = globalForQueue.jobQueue;
  if (!state) return;
  globalForQueue.jobQueue = undefined;
  created.clear();
  await state.started.catch(() => undefined);
  await state.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
}
