package org.edubalance.benchmark.zoning;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.Entrants;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.core.zoning.ZoningSchool;
import org.edubalance.planning.admission.HomeDistance;
import org.edubalance.planning.solver.MipResult;
import org.edubalance.planning.solver.MipSolver;

/**
 * The textbook exact model of the zoning problem (docs/planning/zoning.md §5), for the outside peer: what an
 * operations-research analyst would write first, built with OR-Tools on HiGHS and exported as MPS.
 *
 * <ul>
 *   <li>binaries x[b][j]: block b goes to school j; a pair beyond {@code maxDistanceKm}, forbidden by a pin, or
 *       (when {@code nearest} &gt; 0) outside the block's {@code nearest} nearest schools is left out; a pinned block
 *       has its school only, a school's block its school only;
 *   <li>Σ_j x[b][j] = 1 for every block; x[schoolBlock(j)][j] = 1;
 *   <li>capacity: Σ_b entrants_t(b) · x[b][j] ≤ seats_j · (1 + slack) for every school and horizon year t;
 *   <li>contiguity by a single-commodity flow per school: on every arc (u, v) between two blocks that may both go to
 *       j, a flow 0 ≤ f[j][u][v] ≤ (n_j − 1) · x[u][j] and ≤ (n_j − 1) · x[v][j] (n_j the blocks that may go to j); each
 *       block u other than j's own sends x[u][j] units towards j's block (out − in = x[u][j]), so a block is in j's
 *       zone only if a path of j's blocks leads from it to the school's; arcs out of the school's block carry nothing
 *       and are left out;
 *   <li>objective: minimise Σ entrants_planYear(b) · km(b, j) · x[b][j], km the haversine distance ({@link
 *       HomeDistance#km}) from the block's position to the school's (its own, else its block's).
 * </ul>
 */
public final class ZoningFlowModel implements AutoCloseable {
    private final MipSolver mip = MipSolver.of(MipSolver.Backend.HIGHS);
    private int binaries;
    private int flows;

    private ZoningFlowModel() {}

    /**
     * Builds the model of {@code area} under {@code pins}.
     *
     * @param nearest 0 for every school a block may go to, else only its {@code nearest} nearest (a restriction: the
     *     optimum of the restricted model is an upper bound of the full problem's, its bound no bound of it)
     */
    public static ZoningFlowModel build(ZoningArea area, ZoningPins pins, int nearest) {
        var model = new ZoningFlowModel();
        model.fill(area, pins, nearest);
        return model;
    }

    /** The distance the objective counts between {@code block} and {@code school} of {@code area}. */
    public static double km(ZoningArea area, Block block, ZoningSchool school) {
        GeoPoint to = school.position();
        if (to == null) {
            to = area.blocks().stream()
                    .filter(b -> b.id().equals(school.blockId()))
                    .findFirst()
                    .orElseThrow()
                    .position();
        }
        return HomeDistance.km(block.position(), to);
    }

    /** The model's objective for a plan (the school of each block): student-kilometres in the plan year. */
    public static double objective(ZoningArea area, Map<String, SchoolCode> plan) {
        Map<SchoolCode, ZoningSchool> schools = new HashMap<>();
        area.schools().forEach(s -> schools.put(s.code(), s));
        double total = 0;
        for (Block b : area.blocks()) {
            ZoningSchool s = schools.get(plan.get(b.id()));
            total += entrants(area, b, area.planYear()) * km(area, b, s);
        }
        return total;
    }

    private static double entrants(ZoningArea area, Block b, int year) {
        return Entrants.of(b, area.year(), year, area.grade(), area.policy().enrolmentRate());
    }

    private void fill(ZoningArea area, ZoningPins pins, int nearest) {
        MPSolver m = mip.model();
        List<Block> blocks = area.blocks();
        List<ZoningSchool> schools = area.schools();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            indexOf.put(blocks.get(b).id(), b);
        }
        Map<String, Integer> schoolOfBlock = new HashMap<>();
        for (int j = 0; j < schools.size(); j++) {
            schoolOfBlock.put(schools.get(j).blockId(), j);
        }
        MPVariable[][] x = new MPVariable[blocks.size()][schools.size()];
        double[][] km = new double[blocks.size()][schools.size()];
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            for (int j = 0; j < schools.size(); j++) {
                km[b][j] = km(area, block, schools.get(j));
            }
            Integer own = schoolOfBlock.get(block.id());
            List<Integer> allowed = new ArrayList<>();
            for (int j = 0; j < schools.size(); j++) {
                Double limit = area.policy().maxDistanceKm();
                boolean ok = (own == null || own == j)
                        && (limit == null || km[b][j] <= limit)
                        && pins.allows(block.id(), schools.get(j).code());
                if (ok) {
                    allowed.add(j);
                }
            }
            if (nearest > 0 && allowed.size() > nearest) {
                int row = b;
                allowed.sort(Comparator.comparingDouble(j -> km[row][j]));
                allowed = new ArrayList<>(allowed.subList(0, nearest));
            }
            MPConstraint one = m.makeConstraint(1, 1, "one_" + block.id());
            for (int j : allowed) {
                x[b][j] = m.makeBoolVar("x_" + b + "_" + j);
                one.setCoefficient(x[b][j], 1);
                m.objective().setCoefficient(x[b][j], entrants(area, block, area.planYear()) * km[b][j]);
                binaries++;
            }
        }
        m.objective().setMinimization();
        for (int j = 0; j < schools.size(); j++) {
            ZoningSchool school = schools.get(j);
            int home = indexOf.get(school.blockId());
            if (x[home][j] == null) {
                throw new IllegalArgumentException("School " + school.code() + " may not have its own block");
            }
            x[home][j].setLb(1);
            for (int year : area.horizon()) {
                MPConstraint capacity = m.makeConstraint(
                        Double.NEGATIVE_INFINITY, area.policy().capacity(school.seats()), "cap_" + j + "_" + year);
                for (int b = 0; b < blocks.size(); b++) {
                    if (x[b][j] != null) {
                        capacity.setCoefficient(x[b][j], entrants(area, blocks.get(b), year));
                    }
                }
            }
            if (area.policy().contiguity()) {
                contiguity(m, area, x, j, home, indexOf);
            }
        }
    }

    private void contiguity(
            MPSolver m, ZoningArea area, MPVariable[][] x, int j, int home, Map<String, Integer> indexOf) {
        List<Block> blocks = area.blocks();
        int members = 0;
        for (MPVariable[] row : x) {
            members += row[j] != null ? 1 : 0;
        }
        double most = members - 1;
        Map<Integer, MPConstraint> balance = new HashMap<>();
        for (int u = 0; u < blocks.size(); u++) {
            if (x[u][j] != null && u != home) {
                MPConstraint sends = m.makeConstraint(0, 0, "flow_" + j + "_" + u);
                sends.setCoefficient(x[u][j], -1);
                balance.put(u, sends);
            }
        }
        for (int u : balance.keySet()) {
            for (String neighbour : area.adjacency().neighbours(blocks.get(u).id())) {
                int v = indexOf.get(neighbour);
                if (x[v][j] == null) {
                    continue;
                }
                MPVariable f = m.makeNumVar(0, most, "f_" + j + "_" + u + "_" + v);
                flows++;
                MPConstraint fromU = m.makeConstraint(Double.NEGATIVE_INFINITY, 0, "fu_" + j + "_" + u + "_" + v);
                fromU.setCoefficient(f, 1);
                fromU.setCoefficient(x[u][j], -most);
                if (v != home) {
                    MPConstraint intoV = m.makeConstraint(Double.NEGATIVE_INFINITY, 0, "fv_" + j + "_" + u + "_" + v);
                    intoV.setCoefficient(f, 1);
                    intoV.setCoefficient(x[v][j], -most);
                    balance.get(v).setCoefficient(f, -1);
                }
                balance.get(u).setCoefficient(f, 1);
            }
        }
    }

    /** How many binaries x[b][j] the model has. */
    public int binaries() {
        return binaries;
    }

    /** How many flow variables it has. */
    public int flows() {
        return flows;
    }

    /** How many constraints (rows) it has. */
    public int rows() {
        return mip.model().numConstraints();
    }

    /** Solves the model here with HiGHS (for checking the model on small areas). */
    public MipResult solve(java.time.Duration limit) {
        return mip.solve(limit, 1, Double.NaN);
    }

    /** The model in free MPS format. */
    public String exportMps() {
        return mip.exportMps();
    }

    @Override
    public void close() {
        mip.close();
    }
}
