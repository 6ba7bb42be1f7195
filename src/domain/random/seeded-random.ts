/**
 * mulberry32: a small, well-distributed deterministic generator of numbers in [0, 1) from a 32-bit
 * seed. The one generator of the project: the engine's option order (shown-order.ts), and the
 * scripted learners and benchmarks that must make the same choices on every run.
 */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
