/** A map that forgets the least recently used entries beyond a size (Map keeps insertion order). */
export class LruCache<V> {
  private readonly map = new Map<string, V>();

  constructor(
    private readonly maxSize: number,
    private readonly sizeOf: (value: V) => number = () => 1,
  ) {}

  private size = 0;

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    const old = this.map.get(key);
    if (old !== undefined) {
      this.size -= this.sizeOf(old);
      this.map.delete(key);
    }
    this.map.set(key, value);
    this.size += this.sizeOf(value);
    while (this.size > this.maxSize && this.map.size > 1) {
      const oldest = this.map.keys().next().value as string;
      this.size -= this.sizeOf(this.map.get(oldest)!);
      this.map.delete(oldest);
    }
  }

  clear(): void {
    this.map.clear();
    this.size = 0;
  }

  get entries(): number {
    return this.map.size;
  }
}
