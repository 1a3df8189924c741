/**
 * Memoises a function on the identity of its arguments, the way reselect's memoiser does:
 * enough for selectors over immutable store state. The last `size` calls are kept (two by
 * default), so that derived data computed ahead for the next state (see derivationSteps in
 * selectors.ts) survives renders of the current state in the meantime.
 *
 * @example const selectRows = memoizeRecent((articles, points) => buildRows(articles, points));
 */
export function memoizeRecent<A extends unknown[], R>(
  fn: (...args: A) => R,
  size = 2,
): (...args: A) => R {
  // Most recent first.
  const entries: { args: A; result: R }[] = [];
  return (...args: A): R => {
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k];
      if (e.args.length === args.length && e.args.every((a, i) => Object.is(a, args[i]))) {
        if (k > 0) entries.unshift(...entries.splice(k, 1));
        return e.result;
      }
    }
    const result = fn(...args);
    entries.unshift({ args, result });
    if (entries.length > size) entries.length = size;
    return result;
  };
}
