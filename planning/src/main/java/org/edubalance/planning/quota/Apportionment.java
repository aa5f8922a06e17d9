package org.edubalance.planning.quota;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.planning.PlanningProblemInvalidException;

/**
 * Shares one high school's quota seats among the junior highs (docs/planning/quota.md §3), in exact arithmetic: the
 * votes are whole numbers (weight × candidates at the weights' common decimal scale), so quotients are compared by
 * cross-multiplication and remainders are whole numbers; binary floating point never decides a seat.
 *
 * <ul>
 *   <li>WEBSTER / DHONDT: every junior high starts with {@code minPerSchool} seats; each further seat goes to the
 *       largest v / d(s), d(s) = s + ½ or s + 1.
 *   <li>HAMILTON: ⌊Q·v/V⌋ each, the rest one each to the largest remainders Q·v − V·s.
 * </ul>
 *
 * Equal quotients or remainders: the junior high with the lowest quota lottery number q(h, j) comes first.
 */
final class Apportionment {
    private Apportionment() {}

    /**
     * The seats of each junior high.
     *
     * @param highSchool the high school's code, named when its quota cannot cover the minimum
     * @param quotaSeats Q
     * @param votes v_j, whole and positive, one per junior high
     * @param lotteryNumber q(h, j) by junior-high index, asked only when a tie needs it
     * @throws PlanningProblemInvalidException when the junior highs' minimum seats exceed Q
     */
    static int[] seats(
            String highSchool,
            int quotaSeats,
            ApportionmentMethod method,
            int minPerSchool,
            long[] votes,
            IntFunction<String> lotteryNumber) {
        var tieNumbers = new TieNumbers(votes.length, lotteryNumber);
        return switch (method) {
            case WEBSTER, DHONDT -> divisor(highSchool, quotaSeats, method, minPerSchool, votes, tieNumbers);
            case HAMILTON -> largestRemainders(quotaSeats, votes, tieNumbers);
        };
    }

    private static int[] divisor(
            String highSchool,
            int quotaSeats,
            ApportionmentMethod method,
            int minPerSchool,
            long[] votes,
            TieNumbers tieNumbers) {
        int n = votes.length;
        int[] seats = new int[n];
        Arrays.fill(seats, minPerSchool);
        long minimum = (long) minPerSchool * n;
        if (minimum > quotaSeats) {
            throw new PlanningProblemInvalidException("High school " + highSchool + ": minPerSchool " + minPerSchool
                    + " × " + n + " junior highs = " + minimum + " seats, more than its " + quotaSeats
                    + " quota seats. Maybe lower minPerSchool in the policy or raise the school's quota_share.");
        }
        // Webster's divisor s + ½ doubled to 2s + 1 keeps every comparison in whole numbers.
        boolean webster = method == ApportionmentMethod.WEBSTER;
        for (long given = minimum; given < quotaSeats; given++) {
            int best = -1;
            for (int j = 0; j < n; j++) {
                if (best < 0) {
                    best = j;
                    continue;
                }
                long dj = webster ? 2L * seats[j] + 1 : seats[j] + 1L;
                long dBest = webster ? 2L * seats[best] + 1 : seats[best] + 1L;
                int c = compareProducts(votes[j], dBest, votes[best], dj);
                if (c > 0 || (c == 0 && tieNumbers.get(j).compareTo(tieNumbers.get(best)) < 0)) {
                    best = j;
                }
            }
            seats[best]++;
        }
        return seats;
    }

    private static int[] largestRemainders(int quotaSeats, long[] votes, TieNumbers tieNumbers) {
        int n = votes.length;
        BigInteger total = BigInteger.ZERO;
        for (long v : votes) {
            total = total.add(BigInteger.valueOf(v));
        }
        int[] seats = new int[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger q = BigInteger.valueOf(quotaSeats);
        int given = 0;
        for (int j = 0; j < n; j++) {
            BigInteger[] division = q.multiply(BigInteger.valueOf(votes[j])).divideAndRemainder(total);
            seats[j] = division[0].intValueExact();
            remainders[j] = division[1];
            given += seats[j];
        }
        Integer[] byRemainder = new Integer[n];
        for (int j = 0; j < n; j++) {
            byRemainder[j] = j;
        }
        Arrays.sort(byRemainder, (a, b) -> {
            int c = remainders[b].compareTo(remainders[a]);
            return c != 0 ? c : tieNumbers.get(a).compareTo(tieNumbers.get(b));
        });
        for (int k = 0; given < quotaSeats; k++, given++) {
            seats[byRemainder[k]]++;
        }
        return seats;
    }

    /** The sign of a·b − c·d for non-negative longs, exactly (the 128-bit products never overflow). */
    static int compareProducts(long a, long b, long c, long d) {
        long high1 = Math.multiplyHigh(a, b);
        long high2 = Math.multiplyHigh(c, d);
        if (high1 != high2) {
            return Long.compare(high1, high2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /** q(h, j) computed once each, and only for the junior highs a tie involves. */
    private static final class TieNumbers {
        private final String[] numbers;
        private final IntFunction<String> source;

        TieNumbers(int n, IntFunction<String> source) {
            this.numbers = new String[n];
            this.source = source;
        }

        String get(int j) {
            String number = numbers[j];
            if (number == null) {
                number = source.apply(j);
                numbers[j] = number;
            }
            return number;
        }
    }
}
