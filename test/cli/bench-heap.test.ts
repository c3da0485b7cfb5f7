// The memory benchmark's figure without compiled code: the code's bytes off the heap V8 reports.
import { describe, expect, it } from 'vitest';
import { compiledBytes, withoutCompiled, type HeapSnapshot } from '../../src/cli/bench-heap';

/** A snapshot of nodes [type, self_size], laid out as V8 writes them. */
function snapshot(nodes: [string, number][]): HeapSnapshot {
  const types = ['hidden', 'object', 'code', 'native'];
  const fields = ['type', 'name', 'id', 'self_size', 'edge_count'];
  return { snapshot: { meta: { node_fields: fields, node_types: [types, 'string'] } }, nodes: nodes.flatMap(([type, size], i) => [types.indexOf(type), 0, i + 1, size, 0]) };
}

describe('the heap without compiled code', () => {
  it('adds up the code nodes only', () => {
    expect(compiledBytes(snapshot([['object', 100], ['code', 300], ['native', 5000], ['code', 50]]))).toBe(350);
  });

  it("takes the code's bytes off V8's heap, however much of the snapshot is Blink's or off-heap", () => {
    // 400 bytes of V8's heap, 300 of them code; the snapshot also holds 4000 bytes that usedSize does not count.
    const snap = snapshot([['object', 100], ['code', 300], ['native', 4000]]);
    expect(withoutCompiled(400, snap)).toBe(100);
  });
});
