// An OCR worker thread: tesseract.js's own worker script, which ends its thread when Tesseract
// fails to start (unreadable or damaged language data). tesseract.js would otherwise leave the
// failed thread running, out of reach of the pool, so that a script's process never exits; and
// after a failed initialisation it also reports success, for a job it has already rejected, which
// throws in the main thread's message listener and ends the process.
const { parentPort } = require("node:worker_threads");

const post = parentPort.postMessage.bind(parentPort);
let failed = false;
parentPort.postMessage = (packet, transfer) => {
  if (failed) return;
  post(packet, transfer);
  if (packet?.status === "reject" && ["load", "loadLanguage", "initialize"].includes(packet.action)) {
    failed = true;
    setImmediate(() => process.exit(1));
  }
};

require("tesseract.js/src/worker-script/node/index.js");
