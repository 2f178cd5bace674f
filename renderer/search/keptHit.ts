/**
 * The hit still current once the search reports its results again: a
 * running search only appends hits, so the one the reviewer picked (say
 * with F3 while later sheets are still read) stays picked; a new query
 * starts from an empty list and forgets it.
 */
export function keptHit<T>(current: T | null, results: readonly T[]): T | null {
  return current !== null && results.includes(current) ? current : null;
}
