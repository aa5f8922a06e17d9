package org.edubalance.dataimport.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8Test {

    /** Whether the JDK's decoder, reporting errors, accepts the bytes: the reference the reader must agree with. */
    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean accepts(byte[] bytes) {
        try {
            Utf8.check(bytes, 0, bytes.length);
            return true;
        } catch (MalformedInputException e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void agreesWithTheJdkDecoderOnRandomBytes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int accepted = 0;
        int refused = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < bytes.length; i++) {
                // Mostly the bytes that matter: leads, continuations and the edges of their ranges.
                int kind = random.nextInt(4);
                bytes[i] = (byte)
                        switch (kind) {
                            case 0 -> random.nextInt(0x80);
                            case 1 -> 0x80 + random.nextInt(0x40);
                            case 2 -> 0xC0 + random.nextInt(0x40);
                            default -> random.nextInt(0x100);
                        };
            }
            boolean expected = jdkAccepts(bytes);
            assertThat(accepts(bytes))
                    .as("%s", java.util.HexFormat.ofDelimiter(" ").formatHex(bytes))
                    .isEqualTo(expected);
            if (expected) {
                accepted++;
            } else {
                refused++;
            }
        }
        assertThat(accepted).isGreaterThan(1_000);
        assertThat(refused).isGreaterThan(1_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x41, 0x7F, 0x80, 0x7FF, 0x800, 0x4E2D, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF})
    void acceptsEveryCodePointAtTheEdgesOfItsLength(int codePoint) {
        byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);

        assertThat(accepts(bytes)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "C0 AF", // overlong '/'
                "E0 80 AF", // overlong, three bytes
                "ED A0 80", // a surrogate, U+D800
                "F4 90 80 80", // beyond U+10FFFF
                "E4 B8", // cut short
                "80", // a continuation without a lead
                "F8 88 80 80 80" // a five-byte form
            })
    void refusesWhatTheJdkRefuses(String hex) {
        byte[] bytes = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);

        assertThat(jdkAccepts(bytes)).isFalse();
        assertThat(accepts(bytes)).isFalse();
    }
}
