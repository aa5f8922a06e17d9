package org.edubalance.app.funding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.dataimport.policy.FundingPolicyReader;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The funding policies of the page: the shipped ones by id, and a county file read from its text with the same reader
 * the command line uses, so a county file means the same on the page as in {@code plan funding --policy}. The reader
 * takes files; the text goes through a temporary one that is deleted at once, so nothing of a refused file is kept.
 */
@Component
final class FundingPolicies {
    /** A county file is a dozen lines; anything this large is not a policy file. */
    static final int MAX_YAML_BYTES = 16 * 1024;
    /** The id an uploaded policy is shown and exported under. */
    static final String UPLOADED = "county-policy.yaml";

    /**
     * The demo city's county policy, shipped with the platform as an example of a county file (a rural tilt: rural
     * schools funded 1.2 times, boarders 300 yuan): offered while the demo is on, so its pages show a comparison.
     */
    static final String DEMO = "demo-rural-tilt.yaml";

    private final boolean demo;

    FundingPolicies(@Value("${app.demo.enabled:true}") boolean demo) {
        this.demo = demo;
    }

    /** The ids a page and the API offer: the shipped policies, and the demo's county policy while the demo is on. */
    List<String> shipped() {
        List<String> ids = new ArrayList<>(FundingPolicyReader.SHIPPED);
        if (demo) {
            ids.add(DEMO);
        }
        return List.copyOf(ids);
    }

    /** Policy {@code id} of {@link #shipped()}; the first shipped one when {@code id} is none of them. */
    FundingPolicy shipped(String id) {
        if (demo && id.equals(DEMO)) {
            try (InputStream in = FundingPolicies.class.getResourceAsStream(DEMO)) {
                if (in == null) {
                    throw new IllegalStateException("The demo funding policy is missing from the jar: " + DEMO);
                }
                return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEMO);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return FundingPolicyReader.load(
                FundingPolicyReader.SHIPPED.contains(id) ? id : FundingPolicyReader.SHIPPED.getFirst());
    }

    /**
     * The policy {@code yaml} describes.
     *
     * @throws FundingPolicyException naming the key and the rule
     */
    FundingPolicy read(String yaml) {
        return read(yaml, UPLOADED);
    }

    /** As {@link #read(String)}, the policy named {@code name} (the reader names a policy after its file). */
    private FundingPolicy read(String yaml, String name) {
        if (yaml.getBytes(StandardCharsets.UTF_8).length > MAX_YAML_BYTES) {
            throw new FundingPolicyException(PolicyProblem.tooLarge(MAX_YAML_BYTES / 1024));
        }
        try {
            Path dir = Files.createTempDirectory("edubalance-funding");
            Path file = dir.resolve(name);
            try {
                Files.writeString(file, yaml);
                return FundingPolicyReader.load(file.toString());
            } catch (InvalidPolicyException e) {
                throw new FundingPolicyException(PolicyProblem.of(e));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
