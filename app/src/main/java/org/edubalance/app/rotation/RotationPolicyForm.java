package org.edubalance.app.rotation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.RotationPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The rotation page's policy form: a shipped policy and the knobs a bureau turns most, in the units a planner thinks
 * in (kilometres, per cent). It becomes a policy file that extends the shipped one ({@link #yaml()}), so the job stores
 * and the reader checks exactly what a county file would say. Bean getters and setters for the form binding.
 */
public final class RotationPolicyForm {
    @NotNull
    @Pattern(regexp = "national|anhui", message = "{rotation.invalid.base}")
    private String base = "national";

    @NotNull
    @DecimalMin(value = "0.5", message = "{rotation.invalid.commute}")
    @DecimalMax(value = "100", message = "{rotation.invalid.commute}")
    private Double maxCommuteKm = 15.0;

    @NotNull
    @DecimalMin(value = "0", message = "{rotation.invalid.percent}")
    @DecimalMax(value = "100", message = "{rotation.invalid.percent}")
    private Double minSharePercent = 10.0;

    @NotNull
    @DecimalMin(value = "0", message = "{rotation.invalid.percent}")
    @DecimalMax(value = "100", message = "{rotation.invalid.percent}")
    private Double backboneSharePercent = 20.0;

    @NotNull
    @DecimalMin(value = "0", message = "{rotation.invalid.percent}")
    @DecimalMax(value = "100", message = "{rotation.invalid.percent}")
    private Double maxLeavingPercent = 15.0;

    @NotNull
    @Pattern(regexp = "any|towards-weaker-or-rural", message = "{rotation.invalid.direction}")
    private String direction = "any";

    private boolean subjectsStaffed = true;

    @NotNull
    @DecimalMin(value = "0", message = "{rotation.invalid.penalty}")
    @DecimalMax(value = "10", message = "{rotation.invalid.penalty}")
    private Double moverPenalty = 0.002;

    @Min(value = 0, message = "{rotation.invalid.maxMovers}")
    @Max(value = 100_000, message = "{rotation.invalid.maxMovers}")
    private @Nullable Integer maxMovers;

    @NotNull
    @Min(value = 1, message = "{rotation.invalid.timeLimit}")
    @Max(value = 600, message = "{rotation.invalid.timeLimit}")
    private Integer timeLimitSeconds = 30;

    /** The form filled with {@code policy}'s values, on the shipped base it names (else the national one). */
    static RotationPolicyForm of(RotationPolicy policy) {
        var form = new RotationPolicyForm();
        // A county file's own id is no shipped base; its values still fill the knobs.
        form.base = policy.id().equals("anhui") ? "anhui" : "national";
        form.maxCommuteKm = policy.maxCommuteKm();
        form.minSharePercent = percent(policy.minShareOfEligible());
        form.backboneSharePercent = percent(policy.minBackboneShare());
        form.maxLeavingPercent = percent(policy.maxShareLeaving());
        form.direction = policy.direction() == Direction.ANY ? "any" : "towards-weaker-or-rural";
        form.subjectsStaffed = policy.subjectsMustStayStaffed();
        form.moverPenalty = policy.moverPenalty();
        form.maxMovers = policy.maxMovers();
        return form;
    }

    /** The policy file this form describes: the shipped base with the form's values over it. */
    String yaml() {
        return "extends: " + base + "\n"
                + "quota:\n"
                + "  minShareOfEligible: " + share(minSharePercent) + "\n"
                + "  minBackboneShare: " + share(backboneSharePercent) + "\n"
                + "moves:\n"
                + "  maxCommuteKm: " + plain(maxCommuteKm) + "\n"
                + "  maxShareLeaving: " + share(maxLeavingPercent) + "\n"
                + "  direction: " + direction + "\n"
                + "  subjectsMustStayStaffed: " + subjectsStaffed + "\n"
                + "objective:\n"
                + "  moverPenalty: " + plain(moverPenalty) + "\n"
                + "  maxMovers: " + (maxMovers == null ? "null" : maxMovers) + "\n";
    }

    private static double percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).doubleValue();
    }

    /** Per cent to a share, written without binary noise (10 → 0.1, not 0.1000000001). */
    private static String share(double percent) {
        return BigDecimal.valueOf(percent).movePointLeft(2).stripTrailingZeros().toPlainString();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public String getBase() {
        return base;
    }

    public void setBase(String base) {
        this.base = base;
    }

    public Double getMaxCommuteKm() {
        return maxCommuteKm;
    }

    public void setMaxCommuteKm(Double maxCommuteKm) {
        this.maxCommuteKm = maxCommuteKm;
    }

    public Double getMinSharePercent() {
        return minSharePercent;
    }

    public void setMinSharePercent(Double minSharePercent) {
        this.minSharePercent = minSharePercent;
    }

    public Double getBackboneSharePercent() {
        return backboneSharePercent;
    }

    public void setBackboneSharePercent(Double backboneSharePercent) {
        this.backboneSharePercent = backboneSharePercent;
    }

    public Double getMaxLeavingPercent() {
        return maxLeavingPercent;
    }

    public void setMaxLeavingPercent(Double maxLeavingPercent) {
        this.maxLeavingPercent = maxLeavingPercent;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public boolean isSubjectsStaffed() {
        return subjectsStaffed;
    }

    public void setSubjectsStaffed(boolean subjectsStaffed) {
        this.subjectsStaffed = subjectsStaffed;
    }

    public Double getMoverPenalty() {
        return moverPenalty;
    }

    public void setMoverPenalty(Double moverPenalty) {
        this.moverPenalty = moverPenalty;
    }

    public @Nullable Integer getMaxMovers() {
        return maxMovers;
    }

    public void setMaxMovers(@Nullable Integer maxMovers) {
        this.maxMovers = maxMovers;
    }

    public Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public void setTimeLimitSeconds(Integer timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }
}
