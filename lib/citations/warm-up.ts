import { cslDirectory } from "@/lib/env";
import { formatPool } from "./format-pool";
import { DEFAULT_LOCALE } from "./schema";
import { defaultStyleId, loadStyleCatalog, resolveStyle } from "./styles";

/** Reads the style index and builds the default engine in every worker thread, ahead of use. */
export async function warmDefaultStyle(): Promise<void> {
  const catalog = loadStyleCatalog();
  const style = resolveStyle(catalog, defaultStyleId(catalog));
  await formatPool().warm({
    engineKey: style.engineKey,
    styleXml: style.xml,
    locale: DEFAULT_LOCALE,
    cslDirectory: cslDirectory(),
  });
}
