package be.stroomplan.subjects.synthetic;

import java.math.BigInteger;

/**
 * A seeded bijection of 0 … size−1 onto itself (i ↦ a·i + b mod size, a coprime to size), so that
 * entity i gets a value no other entity gets, without remembering the values handed out.
 */
record Permutation(long size, long multiplier, long offset) {

    static Permutation of(long size, long seed) {
        long multiplier = Math.floorMod(seed * 0x9E3779B97F4A7C15L, size - 1) + 1;
        while (BigInteger.valueOf(multiplier).gcd(BigInteger.valueOf(size)).longValue() != 1) {
            multiplier = multiplier % (size - 1) + 1;
        }
        return new Permutation(size, multiplier, Math.floorMod(seed * 31 + 17, size));
    }

    Permutation {
        if (size < 2 || size > 3_000_000_000L) {
            throw new IllegalArgumentException("size must lie between 2 and 3,000,000,000: " + size);
        }
    }

    long apply(long index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " outside 0.." + (size - 1));
        }
        return (multiplier * index + offset) % size; // both factors below 3e9: no overflow
    }
}
