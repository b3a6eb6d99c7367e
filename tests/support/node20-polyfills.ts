// Node 20 lacks Map.groupBy, which vitest 5's reporter calls when it prints a failure. Imported by both configs.
const mapWithGroupBy = Map as unknown as {
  groupBy?: (items: Iterable<unknown>, key: (item: unknown, index: number) => unknown) => Map<unknown, unknown[]>;
};
mapWithGroupBy.groupBy ??= (items, key) => {
  const groups = new Map<unknown, unknown[]>();
  let index = 0;
  for (const item of items) {
    const group = key(item, index++);
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  return groups;
};
