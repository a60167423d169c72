import "server-only";
import PgBoss from "pg-boss";

// Long exports and imports run as jobs in a PostgreSQL-backed queue (pg-boss, in its own
// "pgboss" schema of the app's database), so that they survive a restart and never hold a
// request open. The job's state and progress live in CitationJob, which the UI polls; the queue
// only carries the CitationJob's id. Every process that queues a job also works the queue.

export const CITATION_QUEUE = "citation-jobs";

type Handler = (citationJobId: string) => Promise<void>;

const globalForQueue = globalThis as unknown as {
  citationQueue?: { boss: PgBoss; started: Promise<void>; working: boolean; handler?: Handler };
};

function queue() {
  if (!globalForQueue.citationQueue) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString)
      throw new Error("DATABASE_URL is not set: the citation job queue needs the database.");
    const boss = new PgBoss({
      connectionString,
      schema: "pgboss",
      max: 4,
      // The queue's own housekeeping is light; completed jobs are kept a week.
      deleteAfterDays: 7,
      application_name: "apparatus-citation-queue",
    });
    boss.on("error", (error) => console.error("citation queue:", error));
    const started = boss
      .start()
      .then(() => boss.createQueue(CITATION_QUEUE, { name: CITATION_QUEUE, retryLimit: 0, expireInHours: 2 }))
      .then(() => undefined);
    globalForQueue.citationQueue = { boss, started, working: false };
  }
  return globalForQueue.citationQueue;
}

/** Starts working the queue in this process (idempotent), with the given job runner. */
export async function startCitationWorker(handler: Handler): Promise<void> {
  const state = queue();
  state.handler = handler;
  await state.started;
  if (state.working) return;
  state.working = true;
  await state.boss.work<{ citationJobId: string }>(
    CITATION_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => {
      if (job) await state.handler!(job.data.citationJobId);
    },
  );
}

export async function enqueueCitationJob(citationJobId: string): Promise<void> {
  const state = queue();
  await state.started;
  await state.boss.send(CITATION_QUEUE, { citationJobId });
}

export async function stopCitationQueue(): Promise<void> {
  const state = globalForQueue.citationQueue;
  if (!state) return;
  globalForQueue.citationQueue = undefined;
  await state.started.catch(() => undefined);
  await state.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
}
