/** One page of a list and the total it was cut from; sent as an array plus `Content-Range`. */
export class Page<T> {
  constructor(
    readonly items: T[],
    readonly total: number,
    readonly start: number,
  ) {}

  map<U>(fn: (item: T) => U): Page<U> {
    return new Page(this.items.map(fn), this.total, this.start);
  }

  /** A Page serialised as it is means its handler lacks `@SendsPage()`: its total would be lost. */
  toJSON(): never {
    throw new Error('A Page reached the response as it is: its handler lacks @SendsPage().');
  }

  contentRange(resource: string): string {
    const end = this.items.length === 0 ? this.start : this.start + this.items.length - 1;
    return `${resource} ${this.start}-${end}/${this.total}`;
  }
}
