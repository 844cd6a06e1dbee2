/**
 * The one way this code defers or keeps work: a value built on first use
 * (`lazy`), and a function's result kept per argument (`memoize`, by object
 * identity or by string key). Datasets and the models built from them are
 * never mutated, so nothing kept here goes stale.
 */

/** A value built the first time it is asked for, then kept. */
export function lazy<T>(make: () => T): () => T {
  let made = false
  let value: T
  return () => {
    if (!made) {
      value = make()
      made = true
    }
    return value
  }
}

/**
 * `compute` run once per argument: objects are keyed by identity (and
 * collected with them), strings by value.
 */
export function memoize<K extends object, T>(
  compute: (key: K) => T,
): (key: K) => T
export function memoize<T>(compute: (key: string) => T): (key: string) => T
export function memoize<K extends object | string, T>(
  compute: (key: K) => T,
): (key: K) => T {
  const byObject = new WeakMap<object, T>()
  const byString = new Map<string, T>()
  return (key) => {
    const cache = (typeof key === 'string' ? byString : byObject) as Map<K, T>
    if (cache.has(key)) return cache.get(key) as T
    const value = compute(key)
    cache.set(key, value)
    return value
  }
}
