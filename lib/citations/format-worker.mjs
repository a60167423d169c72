// A citation worker thread: loads the TypeScript renderer through tsx (a dependency of the app)
// and answers the pool's tasks. Engines stay warm for the life of the thread.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const render = await tsImport("./render.ts", import.meta.url);
const importPlan = await tsImport("./import-plan.ts", import.meta.url);

parentPort.on("message", (task) => {
  try {
    let result;
    switch (task.kind) {
      case "bibliography":
        result = render.renderBibliography(task.spec, task.items, task.alone);
        break;
      case "notes":
        result = render.renderNotes(task.spec, task.items, task.notes, task.alone);
        break;
      case "warm":
        render.warmUp(task.spec);
        result = null;
        break;
      case "parse":
        result = importPlan.parseImportFile(task.text, task.format);
        break;
      default:
        throw new Error(`Unknown task ${task.kind}`);
    }
    parentPort.postMessage({ id: task.id, ok: true, result });
  } catch (error) {
    parentPort.postMessage({
      id: task.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
parentPort.postMessage({ ready: true });
