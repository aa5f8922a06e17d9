package org.edubalance.dataimport.table;

import java.nio.charset.MalformedInputException;

/**
 * Checks that bytes are well-formed UTF-8 by the rules of the JDK's own decoder (RFC 3629): no overlong forms, no
 * surrogates, nothing above U+10FFFF, no sequence cut short. The CSV reader works on bytes and decodes only the cells
 * it is asked for, so it checks every cell holding bytes above ASCII itself, to refuse such a file as reading it
 * through a decoder did.
 */
final class Utf8 {
    private Utf8() {}

    /** Throws {@link MalformedInputException} unless {@code bytes[start, end)} are well-formed UTF-8. */
    static void check(byte[] bytes, int start, int end) throws MalformedInputException {
        int i = start;
        while (i < end) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int continuations;
            // The range of the byte after the lead; the ones after that are always 0x80–0xBF.
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                continuations = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                continuations = 2;
                if (lead == 0xE0) {
                    low = 0xA0; // below: an overlong form
                } else if (lead == 0xED) {
                    high = 0x9F; // above: a surrogate
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                continuations = 3;
                if (lead == 0xF0) {
                    low = 0x90; // below: an overlong form
                } else if (lead == 0xF4) {
                    high = 0x8F; // above: beyond U+10FFFF
                }
            } else {
                throw new MalformedInputException(1);
            }
            if (i + continuations >= end) {
                throw new MalformedInputException(end - i);
            }
            for (int k = 1; k <= continuations; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < low || next > high) {
                    throw new MalformedInputException(k);
                }
                low = 0x80;
                high = 0xBF;
            }
            i += continuations + 1;
        }
    }
}
