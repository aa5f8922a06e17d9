package org.edubalance.planning.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lottery against figures computed outside Java with OpenSSL (the commands are beside each value), so an error in
 * hashing, text layout or encoding cannot hide behind the same code computing both sides.
 */
class LotteryV1Test {
    /** printf '' | openssl dgst -sha256 */
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    /** printf 'abc' | openssl dgst -sha256 */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    /**
     * printf 'edubalance-lottery-v1\nschools=%s\napplicants=%s\n' $EMPTY $ABC | openssl dgst -sha256
     */
    private static final String COMMIT = "df9f49a80fedf7b3e9fd54c3ae0f5c957193424ef4d417c2027908a43d122bfb";

    private static final String PUBLIC_VALUE = "上证指数 2026-07-01 收盘 3456.78";
    /** printf '%s\n%s' $COMMIT "$PUBLIC_VALUE" | openssl dgst -sha256 */
    private static final String SEED = "38ae047edf1861f41a982e891ea17ce8a9de0a8ace0b3a6d6074ceab8395f26a";

    private static final List<LotteryInput> INPUTS = List.of(
            LotteryInput.of("schools", new byte[0]),
            LotteryInput.of("applicants", "abc".getBytes(StandardCharsets.UTF_8)));

    @Test
    void an_input_hash_is_the_sha256_of_the_bytes_in_lowercase_hex() {
        assertThat(INPUTS).extracting(LotteryInput::sha256).containsExactly(EMPTY, ABC);
    }

    @Test
    void the_commit_hashes_one_line_per_input_in_the_given_order() {
        assertThat(LotteryV1.commitText(INPUTS))
                .isEqualTo("edubalance-lottery-v1\nschools=" + EMPTY + "\napplicants=" + ABC + "\n");
        assertThat(LotteryV1.commit(INPUTS)).isEqualTo(COMMIT);
        assertThat(LotteryV1.commit(List.of(INPUTS.get(1), INPUTS.get(0)))).isNotEqualTo(COMMIT);
    }

    @Test
    void the_seed_hashes_the_commit_a_line_break_and_the_public_value_as_given() {
        assertThat(LotteryV1.draw(COMMIT, PUBLIC_VALUE).seed()).isEqualTo(SEED);
        assertThat(LotteryV1.draw(COMMIT, PUBLIC_VALUE + " ").seed()).isNotEqualTo(SEED);
    }

    @Test
    void a_number_is_the_hmac_of_the_message_keyed_by_the_seed() {
        LotteryV1.Draw draw = LotteryV1.draw(COMMIT, PUBLIC_VALUE);
        // printf 'A0001' | openssl dgst -sha256 -mac HMAC -macopt hexkey:$SEED
        assertThat(draw.number("A0001")).isEqualTo("33b35f08912b5255309bf76b38ebc65488fa841f99ec9d8830f5ae73036387ff");
        // printf '3710020001|A0001' | openssl dgst -sha256 -mac HMAC -macopt hexkey:$SEED
        assertThat(draw.numbering().number("3710020001|A0001"))
                .isEqualTo("84f5d3ce0d5db3ab6412b9ca3164e0767a2b848ed7eb088f1f6508e3dda1a3f7");
    }

    @Test
    void the_numbering_with_pads_hashed_once_gives_the_hmac_at_every_message_length() {
        LotteryV1.Draw draw = LotteryV1.draw(COMMIT, PUBLIC_VALUE);
        LotteryV1.Numbering numbering = draw.numbering();
        // printf '%s' "$message" | openssl dgst -sha256 -mac HMAC -macopt hexkey:$SEED
        assertThat(numbering.number("A0001"))
                .isEqualTo("33b35f08912b5255309bf76b38ebc65488fa841f99ec9d8830f5ae73036387ff");
        assertThat(numbering.number("")).isEqualTo("a864bd1c5a1497e9b9d6924dc15b0066765f2a0e34f891a4d6f5d8a76bb28910");
        // 66 bytes: a full block and a second one for the rest and the length.
        assertThat(numbering.number("quota|".repeat(11)))
                .isEqualTo("8c7d70da13d6ba4e1d2e561e51929c45f12d8dcf7ccbff9f5413d95342c2af94");
        // 11 UTF-8 bytes from 7 characters.
        assertThat(numbering.number("学区A0001"))
                .isEqualTo("561dcb41fc0f9eccab03fac9a875fda1ed5c0f1a2bf7a00a33a24b0dd3adad68");
        // Around every padding boundary (55/56 bytes, 64, 119/120, 128 …), against the JDK's Mac.
        LotteryV1.Numbering reference = draw.referenceNumbering();
        for (int length = 0; length <= 200; length++) {
            String message = "x".repeat(length);
            assertThat(numbering.number(message)).as("%d bytes", length).isEqualTo(reference.number(message));
        }
    }

    @Test
    void an_empty_public_value_is_refused() {
        assertThatThrownBy(() -> LotteryV1.draw(COMMIT, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public value is empty");
    }

    @Test
    void a_malformed_commit_or_input_is_refused() {
        assertThatThrownBy(() -> LotteryV1.draw(COMMIT.toUpperCase(java.util.Locale.ROOT), PUBLIC_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LotteryInput("a=b", EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LotteryInput("schools", "xyz")).isInstanceOf(IllegalArgumentException.class);
    }
}
