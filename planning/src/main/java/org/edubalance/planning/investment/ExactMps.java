package org.edubalance.planning.investment;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPVariableProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A model in free MPS with every number at full precision. OR-Tools' own export writes six significant digits, and a
 * share of 0.7287128… written 0.728713 makes a different model: on the demo province HiGHS's optimum of the exported
 * model was 0.7 % above the true one (a step more here and there), so the benchmark writes the model itself.
 */
final class ExactMps {
    private ExactMps() {}

    static String of(MPModelProto model) {
        StringBuilder out = new StringBuilder("NAME investment\nROWS\n N COST\n");
        List<List<double[]>> columns = new ArrayList<>();
        for (int v = 0; v < model.getVariableCount(); v++) {
            columns.add(new ArrayList<>());
        }
        StringBuilder rhs = new StringBuilder();
        StringBuilder ranges = new StringBuilder();
        for (int c = 0; c < model.getConstraintCount(); c++) {
            MPConstraintProto row = model.getConstraint(c);
            double lb = row.getLowerBound();
            double ub = row.getUpperBound();
            String type = lb == ub ? "E" : Double.isInfinite(lb) ? "L" : "G";
            out.append(' ').append(type).append(" R").append(c).append('\n');
            double value = type.equals("L") ? ub : lb;
            if (value != 0) {
                rhs.append("    RHS R")
                        .append(c)
                        .append(' ')
                        .append(number(value))
                        .append('\n');
            }
            if (type.equals("G") && !Double.isInfinite(ub)) {
                ranges.append("    RNG R")
                        .append(c)
                        .append(' ')
                        .append(number(ub - lb))
                        .append('\n');
            }
            for (int k = 0; k < row.getVarIndexCount(); k++) {
                columns.get(row.getVarIndex(k)).add(new double[] {c, row.getCoefficient(k)});
            }
        }
        out.append("COLUMNS\n");
        StringBuilder bounds = new StringBuilder();
        boolean integer = false;
        for (int v = 0; v < model.getVariableCount(); v++) {
            MPVariableProto variable = model.getVariable(v);
            if (variable.getIsInteger() != integer) {
                integer = variable.getIsInteger();
                out.append("    M")
                        .append(v)
                        .append(" 'MARKER' ")
                        .append(integer ? "'INTORG'" : "'INTEND'")
                        .append('\n');
            }
            String name = " X" + v + ' ';
            double cost = variable.getObjectiveCoefficient() * (model.getMaximize() ? -1 : 1);
            out.append("   ").append(name).append("COST ").append(number(cost)).append('\n');
            for (double[] entry : columns.get(v)) {
                out.append("   ")
                        .append(name)
                        .append('R')
                        .append((int) entry[0])
                        .append(' ')
                        .append(number(entry[1]))
                        .append('\n');
            }
            bounds.append(" LO BND")
                    .append(name)
                    .append(number(variable.getLowerBound()))
                    .append('\n');
            if (!Double.isInfinite(variable.getUpperBound())) {
                bounds.append(" UP BND")
                        .append(name)
                        .append(number(variable.getUpperBound()))
                        .append('\n');
            }
        }
        if (integer) {
            out.append("    M_END 'MARKER' 'INTEND'\n");
        }
        out.append("RHS\n")
                .append(rhs)
                .append("RANGES\n")
                .append(ranges)
                .append("BOUNDS\n")
                .append(bounds);
        return out.append("ENDATA\n").toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.17g", value);
    }
}
