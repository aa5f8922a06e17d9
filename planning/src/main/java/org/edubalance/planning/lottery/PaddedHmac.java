package org.edubalance.planning.lottery;

import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104, FIPS 180-4) under one key, with the key's inner and outer pad blocks hashed once: a lottery
 * number of a short message then costs two SHA-256 compressions instead of the four a fresh {@code Mac} computes
 * (the pads again for every message). The batch command line runs on the quick compiler only, which leaves SHA-256 to
 * plain Java code: a province's million numbers were the largest single cost of a round. Not thread-safe: one per
 * thread. The JDK's {@code Mac} stays the reference: the admission checker recomputes every number with it.
 */
final class PaddedHmac {
    private static final int[] ROUND_CONSTANTS = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    };
    private static final int[] INITIAL = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    };
    private static final int BLOCK = 64;

    /** The states after the key's inner (0x36) and outer (0x5c) pad blocks. */
    private final int[] inner;

    private final int[] outer;
    private final int[] state = new int[8];
    private final int[] words = new int[64];
    private final byte[] block = new byte[BLOCK];

    /** @param key at most 64 bytes (the 32 seed bytes) */
    PaddedHmac(byte[] key) {
        if (key.length > BLOCK) {
            throw new IllegalArgumentException("A key of at most 64 bytes, got " + key.length);
        }
        inner = padState(key, (byte) 0x36);
        outer = padState(key, (byte) 0x5c);
    }

    private int[] padState(byte[] key, byte pad) {
        byte[] padded = new byte[BLOCK];
        Arrays.fill(padded, pad);
        for (int i = 0; i < key.length; i++) {
            padded[i] = (byte) (key[i] ^ pad);
        }
        int[] h = INITIAL.clone();
        compress(h, padded, 0);
        return h;
    }

    /** HMAC-SHA256 of {@code message}: 32 bytes. */
    byte[] mac(byte[] message) {
        int[] h = state;
        System.arraycopy(inner, 0, h, 0, 8);
        int full = message.length / BLOCK * BLOCK;
        for (int at = 0; at < full; at += BLOCK) {
            compress(h, message, at);
        }
        finish(h, message, full, message.length - full, BLOCK + (long) message.length);
        byte[] innerDigest = digest(h);
        System.arraycopy(outer, 0, h, 0, 8);
        finish(h, innerDigest, 0, innerDigest.length, BLOCK + (long) innerDigest.length);
        return digest(h);
    }

    /** Hashes the last {@code length} (< 64) bytes from {@code from} with the padding of a {@code total}-byte input. */
    private void finish(int[] h, byte[] bytes, int from, int length, long total) {
        Arrays.fill(block, (byte) 0);
        System.arraycopy(bytes, from, block, 0, length);
        block[length] = (byte) 0x80;
        if (length >= BLOCK - 8) {
            compress(h, block, 0);
            Arrays.fill(block, (byte) 0);
        }
        long bits = total * 8;
        for (int i = 0; i < 8; i++) {
            block[BLOCK - 1 - i] = (byte) (bits >>> (8 * i));
        }
        compress(h, block, 0);
    }

    private static byte[] digest(int[] h) {
        byte[] out = new byte[32];
        for (int i = 0; i < 8; i++) {
            out[4 * i] = (byte) (h[i] >>> 24);
            out[4 * i + 1] = (byte) (h[i] >>> 16);
            out[4 * i + 2] = (byte) (h[i] >>> 8);
            out[4 * i + 3] = (byte) h[i];
        }
        return out;
    }

    /** One SHA-256 compression of the 64 bytes at {@code from} into the state {@code h}. */
    private void compress(int[] h, byte[] bytes, int from) {
        int[] w = words;
        for (int t = 0; t < 16; t++) {
            int at = from + 4 * t;
            w[t] = (bytes[at] & 0xff) << 24
                    | (bytes[at + 1] & 0xff) << 16
                    | (bytes[at + 2] & 0xff) << 8
                    | (bytes[at + 3] & 0xff);
        }
        for (int t = 16; t < 64; t++) {
            int x = w[t - 15];
            int y = w[t - 2];
            int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
            int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = h[0];
        int b = h[1];
        int c = h[2];
        int d = h[3];
        int e = h[4];
        int f = h[5];
        int g = h[6];
        int k = h[7];
        for (int t = 0; t < 64; t++) {
            int sum1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int choose = (e & f) ^ (~e & g);
            int t1 = k + sum1 + choose + ROUND_CONSTANTS[t] + w[t];
            int sum0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int majority = (a & b) ^ (a & c) ^ (b & c);
            int t2 = sum0 + majority;
            k = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += k;
    }
}
