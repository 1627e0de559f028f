import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom, splitMix64 } from "../../src/scenarios/random.js";

// Reference SplitMix64 on bigint (Steele, Lea and Flood 2014), to check the 32-bit version.
function refSplitMix(seed: bigint): () => bigint {
  let s = seed;
  const M = (1n << 64n) - 1n;
  return () => {
    s = (s + 0x9e3779b97f4a7c15n) & M;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M;
    return z ^ (z >> 31n);
  };
}

describe("splitMix64", () => {
  it("gives the published first output for seed 0", () => {
    // SplitMix64(0) first output is 0xE220A8397B1DCDAF (reference implementation).
    const [hi, lo] = splitMix64(0, 0)();
    expect(hi.toString(16)).toBe("e220a839");
    expect(lo.toString(16)).toBe("7b1dcdaf");
  });
  it("agrees with a bigint reference for any seed", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), (seed) => {
        const a = splitMix64(Number(seed >> 32n), Number(seed & 0xffffffffn));
        const b = refSplitMix(seed);
        for (let k = 0; k < 4; k++) {
          const [hi, lo] = a();
          expect((BigInt(hi) << 32n) | BigInt(lo)).toBe(b());
        }
      }),
    );
  });
});

describe("createRandom", () => {
  it("is reproducible from seed and stream, and streams differ", () => {
    const seq = (seed: number | bigint, stream: number) => {
      const r = createRandom(seed, stream);
      return Array.from({ length: 8 }, () => r.nextU32());
    };
    expect(seq(42, 3)).toEqual(seq(42, 3));
    expect(seq(42n, 3)).toEqual(seq(42, 3));
    expect(seq(42, 3)).not.toEqual(seq(42, 4));
    expect(seq(42, 3)).not.toEqual(seq(43, 3));
  });
  it("draws floats strictly inside (0, 1) with mean near 1/2", () => {
    const r = createRandom(7);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = r.next();
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
    }
    // standard error of the mean is 1/sqrt(12 × 100000) ≈ 0.0009; allow 5 of them
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.0046);
  });
  it("refuses seeds that are not integers from 0 to 2^64 - 1", () => {
    expect(() => createRandom(-1)).toThrow(RangeError);
    expect(() => createRandom(1.5)).toThrow(RangeError);
    expect(() => createRandom(1n << 64n)).toThrow(RangeError);
  });
});
