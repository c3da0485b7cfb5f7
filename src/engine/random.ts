// Seeded chance. The generator's state is one uint32 kept in the game state,
// so a replay draws exactly the same numbers.

/** Mix a user seed into a well-spread starting state (one round of splitmix32). */
export function seedState(seed: number): number {
  let z = (seed >>> 0) + 0x9e3779b9;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * The generator's state after `state`: one step of mulberry32. The sum is taken as int32s
 * (`| 0`), which wrap alike modulo 2^32 and keep V8 in integer arithmetic; `>>> 0` then gives
 * the unsigned value the state is kept as.
 */
export function nextState(state: number): number {
  return (((state | 0) + 0x6d2b79f5) | 0) >>> 0;
}

/** mulberry32's output for a state: a float in [0, 1). */
export function mix(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Draw from a policy's own generator. */
export function drawValue(holder: { value: number }): number {
  const next = nextState(holder.value);
  holder.value = next;
  return mix(next);
}
