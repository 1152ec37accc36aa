/**
 * Schema migrations, indexed by the version they upgrade from. Version 0 is the pre-release draft format,
 * which had no `format` key, called flows `edges` with `from`/`to`, and gave durations in minutes.
 */
export interface Migration {
  description: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

type Json = Record<string, unknown>;

export const migrations: Record<number, Migration> = {
  0: {
    description: 'edges renamed to flows (from/to → source/target); task durations converted from minutes to seconds',
    up(doc) {
      const edges = Array.isArray(doc.edges) ? (doc.edges as Json[]) : [];
      const { edges: _dropped, ...rest } = doc;
      void _dropped;
      const nodes = Array.isArray(doc.nodes) ? (doc.nodes as Json[]) : [];
      return {
        ...rest,
        format: 'flowwright.process',
        schemaVersion: 1,
        nodes: nodes.map((node) => {
          const minutes = node.durationMinutes;
          if (typeof minutes !== 'number') return node;
          const { durationMinutes: _m, ...keep } = node;
          void _m;
          const sim = (keep.sim as Json | undefined) ?? {};
          return { ...keep, sim: { ...sim, duration: { type: 'fixed', value: minutes * 60 } } };
        }),
        flows:
          (doc.flows as Json[] | undefined) ??
          edges.map(({ from, to, ...edge }) => ({ ...edge, source: from, target: to })),
      };
    },
  },
};
