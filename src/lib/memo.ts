/**
 * A value worked out once per object and key: per archive list (one per
 * build) and, say, recurrence window, for the many pages that ask the same.
 * The object is held weakly, so an archive rebuilt in dev starts afresh.
 * Callers must not change a value they are handed: the next caller gets it too.
 */
export function oncePer<Owner extends object, Key, Value>(): (owner: Owner, key: Key, compute: () => Value) => Value {
  const cache = new WeakMap<Owner, Map<Key, Value>>();
  return (owner, key, compute) => {
    let byKey = cache.get(owner);
    if (!byKey) cache.set(owner, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, compute());
    return byKey.get(key)!;
  };
}
