/**
 * An analysis as plain data, for comparing two by value. The core's nodes
 * and transmissions keep columns in private fields and make their ranges,
 * tokens and numbers in getters, which `deepStrictEqual` would not read:
 * this reads every getter as a front end would, recursively. An object
 * reached twice (a statement from its step) is read once.
 */
export function plainData(value: unknown, done = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (done.has(value)) return done.get(value);
  if (Array.isArray(value)) return remember(done, value, value.map((item) => plainData(item, done)));
  if (value instanceof Set) return remember(done, value, [...value].map((item) => plainData(item, done)));
  if (value instanceof Map) return remember(done, value, [...value].map(([k, v]) => [k, plainData(v, done)]));
  const result: Record<string, unknown> = {};
  done.set(value, result); // before its fields, so that a cycle ends here
  for (const key of Object.keys(value)) result[key] = plainData((value as Record<string, unknown>)[key], done);
  for (const key of gettersOf(Object.getPrototypeOf(value))) {
    if (!(key in result)) result[key] = plainData((value as Record<string, unknown>)[key], done);
  }
  return result;
}

const getters = new WeakMap<object, readonly string[]>();

/** The names of the getters on a prototype chain (Object's own excepted). */
function gettersOf(prototype: object | null): readonly string[] {
  if (!prototype || prototype === Object.prototype) return [];
  let names = getters.get(prototype);
  if (!names) {
    const own = Object.entries(Object.getOwnPropertyDescriptors(prototype)).filter(([, d]) => d.get).map(([key]) => key);
    names = [...own, ...gettersOf(Object.getPrototypeOf(prototype))];
    getters.set(prototype, names);
  }
  return names;
}

function remember(done: Map<object, unknown>, value: object, plain: unknown): unknown {
  done.set(value, plain);
  return plain;
}
