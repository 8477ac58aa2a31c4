/**
 * A seedable random source, so `States.MathRandom`, `States.UUID` and retry jitter replay exactly
 * when a run is repeated with the same seed.
 */
export interface RandomSource {
  /** A float in [0, 1). */
  next(): number;
}

/** sfc32 seeded through splitmix32: small, fast and well distributed. Not cryptographic. */
export function createSeededRandom(seed: number | string): RandomSource {
  let h = typeof seed === "number" ? seed | 0 : hashString(seed);
  const split = (): number => {
    h = (h + 0x9e3779b9) | 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const source: RandomSource = {
    next() {
      a >>>= 0;
      b >>>= 0;
      c >>>= 0;
      d >>>= 0;
      let t = (a + b) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      d = (d + 1) | 0;
      t = (t + d) | 0;
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    },
  };
  for (let i = 0; i < 12; i++) source.next();
  return source;
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Math.random as a RandomSource, for runs that need no replay. */
export const mathRandomSource: RandomSource = { next: () => Math.random() };
