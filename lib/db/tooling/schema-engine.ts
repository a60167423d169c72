import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's schema engine, compiled to WebAssembly, driven through the pg adapter: the native
// engine that `prisma migrate` downloads cannot be fetched offline (docs: offline-stack.md).
export type SchemaEngine = wasmBindings.SchemaEngine;

let initialised: Promise<void> | undefined;

function initialiseWasm(): Promise<void> {
  initialised ??= (async () => {
    const wasmPath = createRequire(import.meta.url)
      .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
      .replace(/\.js$/, ".wasm");
    const module = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": wasmBindings });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return initialised;
}

/**
 * adapter-pg runs a migration script by splitting it on every ";", which cuts PL/pgSQL function
 * bodies apart (the search index's triggers). The native engine sends the script whole: so does
 * this, and PostgreSQL runs a multi-statement query atomically, so a failed migration leaves nothing.
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const client = adapter.underlyingDriver();
    const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await client.query(script);
      } catch (error) {
        onError(error);
      }
    };
    return adapter;
  }
}

/** Opens the engine on a database. A diff between two datamodels never connects to it. */
export async function openSchemaEngine(connectionString: string): Promise<SchemaEngine> {
  await initialiseWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg({ connectionString }));
  return wasmBindings.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
}
