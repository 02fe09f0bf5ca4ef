package org.xbarlab.optimize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xbarlab.ConfigException;

/**
 * An ordered list of {@link Variable}s; optimisers see it as the unit cube [0, 1]^d.
 *
 * <pre>{@code
 * DesignSpace space = DesignSpace.of(
 *     Variable.integer("cell_bits", 2, 8), Variable.ordinal("crossbar_size", 32, 64, 128));
 * double[] design = space.fromUnit(new double[] {0.5, 0.9});  // {5, 128}
 * }</pre>
 */
public final class DesignSpace {
  private final List<Variable> variables;

  private DesignSpace(List<Variable> variables) {
    this.variables = variables;
  }

  /** Returns a space of the given variables (at least one, unique names). */
  public static DesignSpace of(Variable... variables) {
    return of(List.of(variables));
  }

  /** Returns a space of the given variables (at least one, unique names). */
  public static DesignSpace of(List<Variable> variables) {
    if (variables == null || variables.isEmpty()) {
      throw new ConfigException("variables", variables, "at least one variable");
    }
    Set<String> names = new HashSet<>();
    for (Variable v : variables) {
      if (!names.add(v.name())) {
        throw new ConfigException("variables", v.name(), "unique variable names; '" + v.name()
            + "' appears twice");
      }
    }
    return new DesignSpace(List.copyOf(variables));
  }

  /** Returns a continuous unit cube [0, 1]^d with variables named {@code x0..x(d-1)}. */
  public static DesignSpace unitCube(int dimension) {
    if (dimension < 1) {
      throw new ConfigException("dimension", dimension, "an integer >= 1");
    }
    Variable[] v = new Variable[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = Variable.continuous("x" + i, 0, 1);
    }
    return of(v);
  }

  /** Returns the variables in order. */
  public List<Variable> variables() {
    return variables;
  }

  /** Returns the number of variables d. */
  public int dimension() {
    return variables.size();
  }

  /** Returns the design values [d] for unit coordinates [d] (each snapped to an allowed value). */
  public double[] fromUnit(double[] unit) {
    checkLength(unit);
    double[] out = new double[unit.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = variables.get(i).fromUnit(unit[i]);
    }
    return out;
  }

  /** Returns the unit coordinates [d] of design values [d]; throws if a value is not allowed. */
  public double[] toUnit(double[] design) {
    checkLength(design);
    double[] out = new double[design.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = variables.get(i).toUnit(design[i]);
    }
    return out;
  }

  /** Returns unit coordinates snapped to the representative point of their design. */
  public double[] snapUnit(double[] unit) {
    checkLength(unit);
    double[] out = new double[unit.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = variables.get(i).snapUnit(unit[i]);
    }
    return out;
  }

  /**
   * Returns the number of distinct designs, or {@code Long.MAX_VALUE} if a variable is continuous
   * or the product overflows.
   */
  public long cardinality() {
    long n = 1;
    for (Variable v : variables) {
      long c = v.cardinality();
      if (c == Long.MAX_VALUE || n > Long.MAX_VALUE / c) {
        return Long.MAX_VALUE;
      }
      n *= c;
    }
    return n;
  }

  /**
   * Returns the unit coordinates of every design (the centre of each variable's cell), in
   * lexicographic order of the variables.
   *
   * @throws ConfigException if the space has more than {@code limit} designs
   */
  public List<double[]> allUnitPoints(int limit) {
    long n = cardinality();
    if (n > limit) {
      throw new ConfigException("designSpace.cardinality", n == Long.MAX_VALUE ? "unbounded" : n,
          "at most " + limit + " designs to enumerate");
    }
    List<double[]> out = new java.util.ArrayList<>();
    int d = variables.size();
    int[] index = new int[d];
    for (long k = 0; k < n; k++) {
      double[] u = new double[d];
      for (int i = 0; i < d; i++) {
        u[i] = (index[i] + 0.5) / variables.get(i).cardinality();
      }
      out.add(u);
      for (int i = d - 1; i >= 0; i--) {
        if (++index[i] < variables.get(i).cardinality()) {
          break;
        }
        index[i] = 0;
      }
    }
    return out;
  }

  private void checkLength(double[] point) {
    if (point == null || point.length != variables.size()) {
      throw new ConfigException("point.length", point == null ? "null" : point.length,
          "the space dimension " + variables.size());
    }
  }

  @Override
  public String toString() {
    return "DesignSpace" + variables;
  }
}
