// Two notices are the same only when every field agrees: the page announces a notice once,
// so a wrong "same" would silence a new problem and a wrong "different" would repeat one.
import { describe, expect, it } from 'vitest';
import { sameNotice, type Notice } from '../../src/state/store';

describe('sameNotice', () => {
  const url: Notice = { kind: 'bad-url', field: 'level', value: 'constructor' };

  it('holds for equal fields built apart', () => {
    expect(sameNotice(url, { kind: 'bad-url', field: 'level', value: 'constructor' })).toBe(true);
  });

  it('fails when one field differs', () => {
    expect(sameNotice(url, { kind: 'bad-url', field: 'seed', value: 'constructor' })).toBe(false);
    expect(sameNotice(url, { kind: 'bad-url', field: 'level', value: 'toString' })).toBe(false);
  });

  it('fails across kinds with the same number of fields', () => {
    const message: Notice = { kind: 'bad-message', reason: 'bad-value', field: 'level' };
    expect(sameNotice(url, message)).toBe(false);
    expect(sameNotice({ kind: 'action-refused', code: 'unaffordable' }, { kind: 'storage-unavailable', cause: 'refused' })).toBe(false);
  });

  it('reads no inherited field as a notice field', () => {
    const odd = { kind: 'bad-url', field: 'level', constructor: Object } as unknown as Notice;
    expect(sameNotice(odd, { kind: 'bad-url', field: 'level', value: 'constructor' })).toBe(false);
  });
});
