/**
 * Remembers the last `capacity` ids: a redelivered event (same id) is recognised, and memory
 * stays bounded over an eight-hour shift.
 */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 500) {}

  /** True the first time an id is seen; false for a duplicate. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value as string;
      this.ids.delete(oldest);
    }
    return true;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  clear(): void {
    this.ids.clear();
  }
}
