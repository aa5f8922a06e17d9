package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/**
 * The counties whose CVs the per-school optimum leaves over a limit, planned side by side on the machine's cores
 * (docs/planning/investment.md §3.3). First every county's water levels and Lagrangian bound — fast, and enough for
 * most; then the time left goes to the counties still unproven, the widest gap in yuan first, each taking an equal
 * share of what remains when it starts, so that no county starves the others.
 */
final class CountiesOverCv {
    private CountiesOverCv() {}

    /**
     * Each county's plan (absent when none was found), from {@code schoolsOf} (county → its planned rows) and
     * {@code separable} (county → the per-school optimum, a bound) until {@code deadlineNanos}, each county starting
     * from the plan {@code start} gives it (the levelled plan; the benchmark's peer: the CV step's).
     */
    /**
     * What the counties got: a plan for each that has one, and for those without, the best bound proven all the same.
     */
    record Outcome(Map<String, CountyCvLoop.CountyPlan> plans, Map<String, Double> boundsWithoutPlan) {}

    static Outcome plan(
            Standard standard,
            Map<InvestmentKind, Cover> covers,
            Map<String, List<SchoolYear>> schoolsOf,
            int year,
            InvestmentChecker checker,
            Map<String, Double> separable,
            long deadlineNanos,
            BiFunction<String, CountyCvLoop, CountyCvLoop.@Nullable CountyPlan> start) {
        int threads =
                Math.max(1, Math.min(schoolsOf.size(), Runtime.getRuntime().availableProcessors()));
        Map<String, CountyCvLoop> loops = new ConcurrentHashMap<>();
        Map<String, CountyCvLoop.CountyPlan> plans = new ConcurrentHashMap<>();
        Map<String, Double> bounds = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> first = new ArrayList<>();
            for (var county : schoolsOf.entrySet()) {
                first.add(pool.submit(() -> {
                    CountyCvLoop loop = new CountyCvLoop(standard, covers, county.getValue(), year, checker);
                    loops.put(county.getKey(), loop);
                    CountyCvLoop.CountyPlan levelled = start.apply(county.getKey(), loop);
                    if (levelled != null) {
                        plans.put(county.getKey(), levelled);
                    }
                }));
            }
            await(first);
            List<String> open = schoolsOf.keySet().stream()
                    .filter(c -> !plans.containsKey(c) || !plans.get(c).optimal())
                    .sorted(Comparator.comparingDouble((String c) -> plans.containsKey(c)
                                    ? plans.get(c).cost() - plans.get(c).bound()
                                    : Double.POSITIVE_INFINITY)
                            .reversed()
                            .thenComparing(c -> c))
                    .toList();
            AtomicInteger waiting = new AtomicInteger(open.size());
            List<Future<?>> second = new ArrayList<>();
            for (String county : open) {
                second.add(pool.submit(() -> {
                    long now = System.nanoTime();
                    long left = deadlineNanos - now;
                    // An equal share of the cores' time left, and never past the deadline.
                    long share = Math.min(left, left * threads / Math.max(1, waiting.getAndDecrement()));
                    CountyCvLoop.CountyPlan polished =
                            loops.get(county).polished(plans.get(county), separable.get(county), now + share);
                    if (polished != null) {
                        plans.put(county, polished);
                    } else {
                        bounds.put(county, loops.get(county).provenBound());
                    }
                }));
            }
            await(second);
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(new TreeMap<>(plans), new TreeMap<>(bounds));
    }

    private static void await(List<Future<?>> futures) {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while planning the counties", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
