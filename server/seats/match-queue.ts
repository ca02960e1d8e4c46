/**
 * Runs the server's own submissions for a match (bot moves, timer defaults) one at a time, in
 * the order they were asked for. Each job decides from the state it sees when it runs, after
 * the previous job's move has been committed, so two jobs never act on the same stale state
 * (which for `submitOrder`, a move that ignores stale stateIDs, would mean a double order).
 */
export class MatchQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(matchID: string, job: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(matchID) ?? Promise.resolve();
    const result = previous.then(job);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(matchID, tail);
    // Forget idle matches so the map does not grow with every match ever played.
    void tail.then(() => {
      if (this.tails.get(matchID) === tail) this.tails.delete(matchID);
    });
    return result;
  }

  /** Resolves when every job queued so far has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}
