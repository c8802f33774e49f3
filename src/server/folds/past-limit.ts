/**
 * Which of `items`, spent together onto a counter that now reads `countAfter`,
 * went past `limit` — in order, so the first ones of a batch still fit.
 * Exempt items count but are never answered.
 */
export function pastLimit<T extends { exempt?: boolean }>(items: T[], countAfter: number, limit: number): T[] {
  let count = countAfter - items.length;
  return items.filter((item) => {
    count += 1;
    return count > limit && !item.exempt;
  });
}
