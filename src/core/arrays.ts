/**
 * `target.push(...items)` passes every item as an argument: past about 120,000 items (150,000 findings
 * with `--semua-temuan`) the call stack overflows (issue [10] item 3). This appends one by one.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const x of items) target.push(x);
}
