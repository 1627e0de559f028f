/**
 * A seeded, splittable pseudo-random generator on 32-bit integers:
 * SplitMix64 (written on pairs of 32-bit halves) derives the state of an
 * xoshiro128** stream from a seed and a stream number. Streams are
 * addressed, not consumed: stream k of seed s is always the same sequence,
 * whoever computes it, so a simulation that uses stream k for draw k gives
 * the same result on one core or split over any number of workers.
 * No `Math.random`, no global state.
 */

/** A stream of pseudo-random numbers. */
export interface Random {
  /** The next unsigned 32-bit integer. */
  nextU32(): number;
  /** The next float strictly between 0 and 1: (k + 0.5) / 2³², k a 32-bit integer. */
  next(): number;
}

const U32 = 4294967296;

/** @internal High 32 bits of the 64-bit product of two unsigned 32-bit integers, exactly. */
function mulHi32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const t0 = a0 * b0;
  const t1 = a1 * b0 + (t0 >>> 16);
  const t2 = a0 * b1 + (t1 & 0xffff);
  return (a1 * b1 + (t1 >>> 16) + (t2 >>> 16)) >>> 0;
}

/** @internal 64-bit product modulo 2⁶⁴ of (ah:al) × (bh:bl), written into out[0] (high) and out[1] (low). */
function mul64(ah: number, al: number, bh: number, bl: number, out: Uint32Array): void {
  const hi = (mulHi32(al, bl) + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
  out[0] = hi;
  out[1] = Math.imul(al, bl) >>> 0;
}

/** @internal The SplitMix64 finaliser of (hi:lo), into out. */
function mix64(hi: number, lo: number, out: Uint32Array): void {
  // z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9
  let l = (lo ^ ((lo >>> 30) | (hi << 2))) >>> 0;
  let h = (hi ^ (hi >>> 30)) >>> 0;
  mul64(h, l, 0xbf58476d, 0x1ce4e5b9, out);
  h = out[0] as number;
  l = out[1] as number;
  // z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
  l = (l ^ ((l >>> 27) | (h << 5))) >>> 0;
  h = (h ^ (h >>> 27)) >>> 0;
  mul64(h, l, 0x94d049bb, 0x133111eb, out);
  h = out[0] as number;
  l = out[1] as number;
  // z ^ (z >>> 31)
  out[1] = (l ^ ((l >>> 31) | (h << 1))) >>> 0;
  out[0] = (h ^ (h >>> 31)) >>> 0;
}

/** @internal (hi:lo) + 0x9E3779B97F4A7C15 (the golden gamma), into out. */
function addGamma(hi: number, lo: number, out: Uint32Array): void {
  const l = lo + 0x7f4a7c15;
  out[1] = l >>> 0;
  out[0] = (hi + 0x9e3779b9 + (l >= U32 ? 1 : 0)) >>> 0;
}

/**
 * @internal A SplitMix64 generator on 32-bit halves: each call returns the
 * next 64-bit output as [high, low]. Agrees with the reference
 * implementation (a test checks it against a bigint version).
 */
export function splitMix64(seedHi: number, seedLo: number): () => [number, number] {
  let hi = seedHi >>> 0;
  let lo = seedLo >>> 0;
  const tmp = new Uint32Array(2);
  return () => {
    addGamma(hi, lo, tmp);
    hi = tmp[0] as number;
    lo = tmp[1] as number;
    mix64(hi, lo, tmp);
    return [tmp[0] as number, tmp[1] as number];
  };
}

/** @internal A seed as two 32-bit halves; throws RangeError for anything but an integer in 0 … 2⁶⁴ − 1. */
export function seedHalves(seed: number | bigint): [number, number] {
  if (typeof seed === "number") {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`a seed is a non-negative integer (got ${seed})`);
    return [Math.floor(seed / U32), seed % U32];
  }
  if (seed < 0n || seed >= 1n << 64n) throw new RangeError(`a seed is an integer from 0 to 2^64 - 1 (got ${seed})`);
  return [Number(seed >> 32n), Number(seed & 0xffffffffn)];
}

/**
 * Creates stream `stream` of the generator seeded with `seed`: an
 * xoshiro128** generator whose 128-bit state comes from SplitMix64 over the
 * seed and the stream number. The same (seed, stream) always gives the same
 * sequence, bit for bit.
 *
 * @param seed - an integer from 0 to 2⁶⁴ − 1
 * @param stream - a non-negative safe integer, e.g. the number of a draw
 *
 * @example
 * ```ts
 * const r = createRandom(42, 0);
 * r.nextU32(); // the same number on every machine
 * r.next();    // a float in (0, 1)
 * ```
 */
export function createRandom(seed: number | bigint, stream = 0): Random {
  const [sh, sl] = seedHalves(seed);
  if (!Number.isSafeInteger(stream) || stream < 0)
    throw new RangeError(`a stream is a non-negative integer (got ${stream})`);
  // Mix the seed, then offset it by the mixed stream number: distinct streams start far apart.
  const t = new Uint32Array(2);
  mix64(sh, sl, t);
  const kh = t[0] as number;
  const kl = t[1] as number;
  mix64((Math.floor(stream / U32) ^ 0x5851f42d) >>> 0, ((stream % U32) ^ 0x4c957f2d) >>> 0, t);
  const sm = splitMix64((kh ^ (t[0] as number)) >>> 0, (kl ^ (t[1] as number)) >>> 0);
  const [a, b] = sm();
  const [c, d] = sm();
  let s0 = a;
  let s1 = b;
  let s2 = c;
  let s3 = d;
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // xoshiro's one forbidden state
  const nextU32 = (): number => {
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const sh9 = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= sh9;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  return { nextU32, next: () => (nextU32() + 0.5) / U32 };
}
