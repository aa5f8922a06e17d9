package org.edubalance.app.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void removesWhatAKilledServerLeftAndNothingElse() throws IOException {
        Path uploads = Files.createDirectories(dir.resolve("uploads"));
        Path leftover = Files.createDirectories(uploads.resolve("upload-123456"));
        Files.writeString(leftover.resolve("schools.csv"), "year\n");
        Files.createDirectories(uploads.resolve("upload-789"));
        Path notOurs = Files.writeString(uploads.resolve("notes.txt"), "kept");
        Path alsoNotOurs = Files.createDirectories(uploads.resolve("backup"));

        var directory = new UploadDirectory(dir);

        assertThat(directory.path()).isEqualTo(uploads.toAbsolutePath());
        assertThat(directory.held()).isEmpty();
        assertThat(notOurs).exists();
        assertThat(alsoNotOurs).exists();
    }

    @Test
    void anUploadIsSavedUnderItsNameInItsOwnDirectoryAndClosingRemovesBoth() throws IOException {
        var directory = new UploadDirectory(dir);

        UploadedFile upload = directory.save(text("year\n2025\n"), "学校 2025.csv");

        assertThat(upload.originalName()).isEqualTo("学校 2025.csv");
        assertThat(upload.path().getFileName()).hasToString("学校_2025.csv");
        assertThat(upload.path().getParent().getFileName().toString()).startsWith(UploadDirectory.PREFIX);
        assertThat(directory.held()).hasSize(1);
        upload.close();
        assertThat(directory.held()).isEmpty();
    }

    @Test
    void anUploadCutOffMidwayLeavesNothing() throws IOException {
        var directory = new UploadDirectory(dir);
        InputStream cutOff = new SequenceInputStream(text("year,county_code\n2025,"), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset by peer");
            }
        });

        var failure = catchThrowableOfType(IOException.class, () -> directory.save(cutOff, "schools.csv"));

        assertThat(failure).hasMessage("Connection reset by peer");
        assertThat(directory.held()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "", "  ", "..", ".", "../schools.csv", "a/schools.csv", "C:\\data\\schools.csv", "a\nb.csv"
            })
    void aNameThatIsNoFileNameIsABadRequestAndLeavesNothing(String name) throws IOException {
        var directory = new UploadDirectory(dir);

        var refused = catchThrowableOfType(ApiProblemException.class, () -> directory.save(text("year\n"), name));

        assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(refused.status().value()).isEqualTo(400);
        assertThat(refused.getMessage()).containsAnyOf("no file name", "is not a file name");
        assertThat(directory.held()).isEmpty();
    }

    @Test
    void noNameAtAllIsABadRequest() throws IOException {
        var directory = new UploadDirectory(dir);

        var refused = catchThrowableOfType(ApiProblemException.class, () -> directory.save(text("year\n"), null));

        assertThat(refused.getMessage()).startsWith("The upload has no file name.");
        assertThat(directory.held()).isEmpty();
    }

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
