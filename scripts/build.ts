// npm run build: the production build, stamped so that `npm start` knows it is current.
import { ensureProductionBuild } from "./app-server";

await ensureProductionBuild({ force: true });
