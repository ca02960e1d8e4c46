/** Open connections per client address, to refuse one more beyond the limit. */
export class ConnectionCount {
  private readonly open = new Map<string, number>();

  constructor(private readonly limit: number) {}

  /** Counts a new connection from `address`; false (and not counted) when it would exceed the limit. */
  tryOpen(address: string): boolean {
    const count = this.open.get(address) ?? 0;
    if (count >= this.limit) return false;
    this.open.set(address, count + 1);
    return true;
  }

  close(address: string): void {
    const count = (this.open.get(address) ?? 0) - 1;
    if (count > 0) this.open.set(address, count);
    else this.open.delete(address);
  }

  atLimit(address: string): boolean {
    return (this.open.get(address) ?? 0) >= this.limit;
  }
}
