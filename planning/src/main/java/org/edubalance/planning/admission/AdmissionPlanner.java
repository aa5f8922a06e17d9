package org.edubalance.planning.admission;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.admission.Applicant;
import org.edubalance.planning.PhaseTimes;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.admission.AdmissionResult.Assignment;
import org.edubalance.planning.admission.AdmissionResult.Lottery;
import org.edubalance.planning.admission.AdmissionResult.Ranked;
import org.edubalance.planning.admission.AdmissionResult.SchoolLine;
import org.edubalance.planning.admission.AdmissionResult.Summary;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;

/**
 * The admission mechanism (docs/planning/admission.md §5): applicant-proposing deferred acceptance (Gale–Shapley) with
 * the seats as capacities, each school ranking by class and then lottery number. The result is the unique
 * applicant-optimal stable matching, whatever the order of proposals.
 *
 * <p>Built for a province: children and schools are int indices, lottery numbers are computed once and compared as two
 * longs (the number's top 128 bits) before the full hex, each school holds a bounded max-heap of the children it keeps
 * (the lowest-ranked on top), and children walk their lists lazily.
 */
public final class AdmissionPlanner {
    /** The solver name in the outcome. */
    public static final String SOLVER = "deferred-acceptance";

    /**
     * Runs the round drawn with the commit of {@code inputs} and {@code publicValue}.
     *
     * @throws IllegalArgumentException when the public value is empty
     */
    public AdmissionResult plan(AdmissionRound round, List<LotteryInput> inputs, String publicValue) {
        return plan(round, inputs, publicValue, PhaseTimes.NONE);
    }

    /**
     * As {@link #plan(AdmissionRound, List, String)}, marking on {@code times} the phases {@code lottery numbers} (the
     * draw and, under SINGLE, every child's number; under MULTIPLE the numbers are drawn during the matching) and
     * {@code mechanism} (the index of the round, the preference lists and the deferred acceptance, the result).
     */
    public AdmissionResult plan(AdmissionRound round, List<LotteryInput> inputs, String publicValue, PhaseTimes times) {
        long start = System.nanoTime();
        LotteryV1.Draw draw = LotteryV1.draw(LotteryV1.commit(inputs), publicValue);
        var index = new RoundIndex(round);
        var state = new Matching(index, draw, times);
        state.run();
        var lottery = new Lottery(
                LotteryV1.ALGORITHM, round.policy().tieBreak(), inputs, draw.commit(), draw.publicValue(), draw.seed());
        var outcome =
                PlanningOutcome.of(PlanningStatus.OPTIMAL, 0, 0, SOLVER, Duration.ofNanos(System.nanoTime() - start));
        var result = new AdmissionResult(
                round.year(),
                round.county(),
                round.grade(),
                round.policy().id(),
                lottery,
                state.assignments(),
                state.schoolLines(),
                state.summary(),
                outcome);
        times.mark("mechanism");
        return result;
    }

    /** The matching in progress: who is held where, with the class and number that rank them there. */
    private static final class Matching {
        private final RoundIndex index;
        private final boolean multiple;
        private final LotteryV1.Numbering numbering;
        private final String[] ownNumber;
        private final long[] ownHigh;
        private final long[] ownLow;
        private final int[] heldClass;
        private final long[] heldHigh;
        private final long[] heldLow;
        private final String[] heldNumber;
        private final int[] heldAt;
        private final int[][] heap;
        private final int[] size;
        private final int[] applicants;
        private final PreferenceListRule.Walk walk;

        Matching(RoundIndex index, LotteryV1.Draw draw, PhaseTimes times) {
            this.index = index;
            this.multiple = index.policy.tieBreak() == TieBreak.MULTIPLE;
            this.numbering = draw.numbering();
            int n = index.childCount;
            heldClass = new int[n];
            heldHigh = new long[n];
            heldLow = new long[n];
            heldNumber = new String[n];
            heldAt = new int[n];
            java.util.Arrays.fill(heldAt, -1);
            ownNumber = multiple ? null : new String[n];
            ownHigh = multiple ? null : new long[n];
            ownLow = multiple ? null : new long[n];
            times.mark("mechanism");
            if (!multiple) {
                // 100,000 HMACs are the round's largest single cost (the batch JVM's C1 compiler leaves SHA-256 to
                // plain Java code): one slice per processor, each with its own numbering (a Mac is not thread-safe).
                int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / 10_000));
                java.util.stream.IntStream.range(0, slices).parallel().forEach(slice -> {
                    LotteryV1.Numbering own = draw.numbering();
                    for (int c = slice * n / slices; c < (slice + 1) * n / slices; c++) {
                        String number = own.number(index.children[c].id());
                        ownNumber[c] = number;
                        ownHigh[c] = high(number);
                        ownLow[c] = low(number);
                    }
                });
            }
            times.mark("lottery numbers");
            heap = new int[index.schoolCount][];
            size = new int[index.schoolCount];
            applicants = new int[index.schoolCount];
            walk = new PreferenceListRule(index).new Walk();
        }

        void run() {
            int n = index.childCount;
            int[] free = new int[n];
            int top = 0;
            for (int c = n - 1; c >= 0; c--) {
                free[top++] = c;
            }
            while (top > 0) {
                int child = free[--top];
                int s = walk.next(child);
                if (s < 0) {
                    continue;
                }
                applicants[s]++;
                rankAt(child, s);
                int rejected = propose(child, s);
                if (rejected >= 0) {
                    heldAt[rejected] = -1;
                    free[top++] = rejected;
                }
            }
        }

        /** Sets the child's class and number at {@code school}. */
        private void rankAt(int child, int school) {
            heldClass[child] = index.classOrder(child, school);
            if (multiple) {
                String number = numbering.number(index.codes[school].value() + "|" + index.children[child].id());
                heldNumber[child] = number;
                heldHigh[child] = high(number);
                heldLow[child] = low(number);
            } else {
                heldNumber[child] = ownNumber[child];
                heldHigh[child] = ownHigh[child];
                heldLow[child] = ownLow[child];
            }
        }

        /** The number's top 64 bits, to compare as unsigned. */
        private static long high(String number) {
            return Long.parseUnsignedLong(number, 0, 16, 16);
        }

        /** The number's next 64 bits. */
        private static long low(String number) {
            return Long.parseUnsignedLong(number, 16, 32, 16);
        }

        /** Offers {@code child} to {@code school}; returns the child the school lets go (possibly it), or -1. */
        private int propose(int child, int school) {
            int capacity = index.seats[school];
            if (heap[school] == null) {
                heap[school] = new int[capacity];
            }
            int[] h = heap[school];
            if (size[school] < capacity) {
                int at = size[school]++;
                h[at] = child;
                siftUp(h, at);
                heldAt[child] = school;
                return -1;
            }
            int worst = h[0];
            if (!below(worst, child)) {
                return child;
            }
            h[0] = child;
            siftDown(h, size[school], 0);
            heldAt[child] = school;
            return worst;
        }

        /** Whether {@code a} ranks below {@code b} (each at the school it is offered to). */
        private boolean below(int a, int b) {
            if (heldClass[a] != heldClass[b]) {
                return heldClass[a] > heldClass[b];
            }
            int high = Long.compareUnsigned(heldHigh[a], heldHigh[b]);
            if (high != 0) {
                return high > 0;
            }
            int low = Long.compareUnsigned(heldLow[a], heldLow[b]);
            if (low != 0) {
                return low > 0;
            }
            return heldNumber[a].compareTo(heldNumber[b]) > 0;
        }

        private void siftUp(int[] h, int at) {
            int child = h[at];
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (!below(child, h[parent])) {
                    break;
                }
                h[at] = h[parent];
                at = parent;
            }
            h[at] = child;
        }

        private void siftDown(int[] h, int n, int at) {
            int child = h[at];
            while (true) {
                int left = 2 * at + 1;
                if (left >= n) {
                    break;
                }
                int right = left + 1;
                int lower = right < n && below(h[right], h[left]) ? right : left;
                if (!below(h[lower], child)) {
                    break;
                }
                h[at] = h[lower];
                at = lower;
            }
            h[at] = child;
        }

        List<Assignment> assignments() {
            List<Assignment> list = new ArrayList<>(index.childCount);
            for (int c = 0; c < index.childCount; c++) {
                String id = index.children[c].id();
                int s = heldAt[c];
                if (s < 0) {
                    list.add(new Assignment(id, null, null, null, multiple ? null : ownNumber[c]));
                } else {
                    list.add(new Assignment(
                            id, index.codes[s], walk.rank(c), index.priorityClass(heldClass[c], s), heldNumber[c]));
                }
            }
            return list;
        }

        List<SchoolLine> schoolLines() {
            List<SchoolLine> lines = new ArrayList<>(index.schoolCount);
            for (int s = 0; s < index.schoolCount; s++) {
                int seats = index.seats[s];
                Ranked last = null;
                if (seats > 0 && size[s] == seats) {
                    int worst = heap[s][0];
                    last = new Ranked(index.priorityClass(heldClass[worst], s), heldNumber[worst]);
                }
                lines.add(new SchoolLine(index.codes[s], seats, size[s], applicants[s], last));
            }
            return lines;
        }

        Summary summary() {
            int placed = 0;
            int firstChoice = 0;
            int migrants = 0;
            int migrantsPublic = 0;
            for (int c = 0; c < index.childCount; c++) {
                Applicant child = index.children[c];
                int s = heldAt[c];
                if (child.migrant()) {
                    migrants++;
                }
                if (s >= 0) {
                    placed++;
                    if (walk.rank(c) == 1) {
                        firstChoice++;
                    }
                    if (child.migrant() && !index.privateSchool[s]) {
                        migrantsPublic++;
                    }
                }
            }
            return new Summary(
                    index.childCount, placed, index.childCount - placed, firstChoice, migrants, migrantsPublic);
        }
    }
}
