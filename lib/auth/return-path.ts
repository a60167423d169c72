/** The request header through which proxy.ts tells pages which path was asked for. */
export const RETURN_PATH_HEADER = "x-apparatus-path";

/** Only same-site paths are followed after sign-in, never another origin (open redirect). */
export function safeReturnPath(value: string | null | undefined): string {
  const sameSite = value?.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\");
  return sameSite ? value! : "/projects";
}
