package org.edubalance.app.rotation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.dataimport.policy.RotationPolicyReader;
import org.springframework.stereotype.Component;

/**
 * Reads a job's policy from its stored YAML text with the same reader the command line uses, so a county file means
 * the same on the page as in {@code plan rotation --policy}. The reader takes files; the text goes through a
 * temporary one.
 */
@Component
final class RotationPolicies {
    /** A county override is a few dozen lines; anything this large is not a policy file. */
    static final int MAX_YAML_BYTES = 16 * 1024;
    /** The name problems are reported under. */
    private static final String FILE_NAME = "county-policy.yaml";

    /** The shipped policy {@code id}. */
    RotationPolicy shipped(String id) {
        return RotationPolicyReader.shipped(id);
    }

    /**
     * The policy {@code yaml} describes.
     *
     * @throws org.edubalance.dataimport.policy.InvalidPolicyException naming the key and the problem
     */
    RotationPolicy read(String yaml) {
        if (yaml.getBytes(StandardCharsets.UTF_8).length > MAX_YAML_BYTES) {
            throw new RotationInputException(
                    FILE_NAME + ": more than " + MAX_YAML_BYTES / 1024 + " KB. Maybe it is not a policy file.");
        }
        try {
            Path dir = Files.createTempDirectory("edubalance-policy");
            Path file = dir.resolve(FILE_NAME);
            try {
                Files.writeString(file, yaml);
                return RotationPolicyReader.read(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
