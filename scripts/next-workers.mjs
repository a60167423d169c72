// `next start` with several server processes sharing one port (node:cluster): a Next.js server
// runs JavaScript on one core, so with WEB_CONCURRENCY=N (N > 1) N of them serve the same port and
// the primary hands each new connection to the next worker in turn. Usage, as `next start`:
//   WEB_CONCURRENCY=2 node scripts/next-workers.mjs start --port 3000 --hostname 127.0.0.1
// A worker that dies is replaced; SIGTERM or SIGINT stops them all, then the primary.
import cluster from "node:cluster";
import { createRequire } from "node:module";

const workers = Number(process.env.WEB_CONCURRENCY);
if (!Number.isInteger(workers) || workers < 1) {
  console.error(
    `WEB_CONCURRENCY must be a whole number of server processes, 1 or more (got "${process.env.WEB_CONCURRENCY}").`,
  );
  process.exit(1);
}

cluster.setupPrimary({
  exec: createRequire(import.meta.url).resolve("next/dist/bin/next"),
  args: process.argv.slice(2),
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  // Workers that do not stop within 10 s are killed with the primary.
  setTimeout(() => process.exit(), 10_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

// A worker that ends within its first 10 s (no build, a bad option, a port in use: Next listens
// before it loads the build) would end again: stop them all, failing, instead of looping.
const STARTUP_MS = 10_000;
const startedAt = new Map();
const fork = () => startedAt.set(cluster.fork().id, Date.now());

cluster.on("exit", (worker, code, signal) => {
  const failedAtStart = Date.now() - (startedAt.get(worker.id) ?? 0) < STARTUP_MS;
  startedAt.delete(worker.id);
  if (!stopping && failedAtStart) {
    console.error(
      `Server process ${worker.process.pid} failed as it started (${signal ?? `code ${code}`}); stopping.`,
    );
    process.exitCode = code || 1;
    stop();
  }
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
    return;
  }
  console.error(
    `Server process ${worker.process.pid} ended (${signal ?? `code ${code}`}); starting another.`,
  );
  fork();
});

for (let index = 0; index < workers; index++) fork();
