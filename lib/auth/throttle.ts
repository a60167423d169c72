/** Sign-in attempts allowed before a pause, per account and per network address. */
export const THROTTLE = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

export function isThrottled(failures: { forAccount: number; forAddress: number }): boolean {
  return failures.forAccount >= THROTTLE.perAccount || failures.forAddress >= THROTTLE.perAddress;
}

/** The client's address as the reverse proxy reports it, else "unknown". */
export function clientAddress(
  headers: Record<string, string | string[] | undefined> | Headers | undefined,
): string {
  const get = (name: string) => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || "unknown";
}
