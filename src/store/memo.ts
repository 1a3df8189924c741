/**
 * Memoises a function on the identity of its arguments (last call only), the way reselect's
 * default memoiser does: enough for selectors over immutable store state.
 *
 * @example const selectRows = memoizeLast((articles, points) => buildRows(articles, points));
 */
export function memoizeLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult!: R;
  return (...args: A): R => {
    if (
      lastArgs &&
      lastArgs.length === args.length &&
      lastArgs.every((a, i) => Object.is(a, args[i]))
    ) {
      return lastResult;
    }
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}
