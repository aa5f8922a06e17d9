package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Every download of the platform is built here: a Chinese file name survives the header (RFC 6266 filename*). */
class AttachmentTest {

    @Test
    void aChineseFileNameIsSentAsUtf8AndReadBackWhole() {
        var response = Attachment.of("示范县-2025.xlsx", MediaType.APPLICATION_OCTET_STREAM, new byte[] {1, 2});

        String header = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(header).startsWith("attachment;").contains("filename*=UTF-8''");
        ContentDisposition parsed = ContentDisposition.parse(header);
        assertThat(parsed.getFilename()).isEqualTo("示范县-2025.xlsx");
        assertThat(parsed.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(response.getBody()).containsExactly(1, 2);
    }

    @Test
    void aPlainNameStaysReadable() {
        String header = Attachment.of("funding-720121-2025.xlsx", MediaType.APPLICATION_OCTET_STREAM, new byte[0])
                .getHeaders()
                .getFirst(HttpHeaders.CONTENT_DISPOSITION);

        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("funding-720121-2025.xlsx");
    }
}
