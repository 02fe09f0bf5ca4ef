package org.xbarlab.optimize;

import java.util.Arrays;
import org.xbarlab.ConfigException;

/**
 * One design variable: integer, ordinal (an explicit sorted list of allowed values) or continuous,
 * mapped to and from the unit interval [0, 1] in which the optimisers work.
 *
 * <pre>{@code
 * Variable bits = Variable.integer("cell_bits", 2, 8);
 * Variable size = Variable.ordinal("crossbar_size", 32, 64, 128);
 * Variable temp = Variable.continuous("temperatureKelvin", 300, 400);
 * }</pre>
 */
public final class Variable {
  /** The kind of a variable. */
  public enum Kind {
    /** Integers in [lower, upper]. */
    INTEGER,
    /** One of an explicit list of values, ordered. */
    ORDINAL,
    /** Reals in [lower, upper]. */
    CONTINUOUS
  }

  private final String name;
  private final Kind kind;
  private final double lower;
  private final double upper;
  private final double[] values;

  private Variable(String name, Kind kind, double lower, double upper, double[] values) {
    this.name = name;
    this.kind = kind;
    this.lower = lower;
    this.upper = upper;
    this.values = values;
  }

  private static void checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new ConfigException("name", name, "a non-blank variable name");
    }
  }

  private static void checkBounds(String name, double lower, double upper, boolean strict) {
    if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
      throw new ConfigException(name + ".bounds", "[" + lower + ", " + upper + "]", "finite bounds");
    }
    if (lower > upper) {
      throw new ConfigException(name + ".lower", lower,
          "a value <= upper bound; lower bound " + fmt(lower) + " exceeds upper bound " + fmt(upper)
              + " \u2014 swapped?");
    }
    if (strict && lower == upper) {
      throw new ConfigException(name + ".upper", upper,
          "a value > lower bound " + fmt(lower) + " (a variable with one value is a constant)");
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * Returns an integer variable taking every integer in [lower, upper].
   *
   * @param name the variable name, used as a table column
   * @param lower the smallest allowed value
   * @param upper the largest allowed value, greater than {@code lower}
   */
  public static Variable integer(String name, int lower, int upper) {
    checkName(name);
    checkBounds(name, lower, upper, true);
    return new Variable(name, Kind.INTEGER, lower, upper, new double[0]);
  }

  /**
   * Returns an ordinal variable restricted to {@code values} (at least two, distinct, ascending).
   *
   * @param name the variable name
   * @param values the allowed values in ascending order
   */
  public static Variable ordinal(String name, double... values) {
    checkName(name);
    if (values == null || values.length < 2) {
      throw new ConfigException(name + ".values", values == null ? "null" : Arrays.toString(values),
          "at least two allowed values");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new ConfigException(name + ".values", Arrays.toString(values), "finite values");
      }
      if (i > 0 && values[i] <= values[i - 1]) {
        throw new ConfigException(name + ".values", Arrays.toString(values),
            "distinct values in ascending order; " + fmt(values[i - 1]) + " is followed by "
                + fmt(values[i]) + " \u2014 sort them?");
      }
    }
    return new Variable(name, Kind.ORDINAL, values[0], values[values.length - 1], values.clone());
  }

  /**
   * Returns a continuous variable on [lower, upper].
   *
   * @param name the variable name
   * @param lower the lower bound
   * @param upper the upper bound, greater than {@code lower}
   */
  public static Variable continuous(String name, double lower, double upper) {
    checkName(name);
    checkBounds(name, lower, upper, true);
    return new Variable(name, Kind.CONTINUOUS, lower, upper, new double[0]);
  }

  /** Returns the variable name. */
  public String name() {
    return name;
  }

  /** Returns the kind of the variable. */
  public Kind kind() {
    return kind;
  }

  /** Returns the smallest allowed value. */
  public double lower() {
    return lower;
  }

  /** Returns the largest allowed value. */
  public double upper() {
    return upper;
  }

  /** Returns the allowed values of an ordinal variable (a copy), empty for other kinds. */
  public double[] values() {
    return values.clone();
  }

  /** Returns the number of distinct values, or {@code Long.MAX_VALUE} for a continuous variable. */
  public long cardinality() {
    switch (kind) {
      case INTEGER:
        return (long) (upper - lower) + 1;
      case ORDINAL:
        return values.length;
      default:
        return Long.MAX_VALUE;
    }
  }

  /**
   * Returns the allowed value nearest to unit coordinate {@code u} (clamped to [0, 1]). Integer and
   * ordinal variables split [0, 1] into equal cells, one per value.
   */
  public double fromUnit(double u) {
    double c = Math.min(1.0, Math.max(0.0, u));
    switch (kind) {
      case INTEGER: {
        long n = cardinality();
        long i = Math.min(n - 1, (long) Math.floor(c * n));
        return lower + i;
      }
      case ORDINAL: {
        int i = Math.min(values.length - 1, (int) Math.floor(c * values.length));
        return values[i];
      }
      default:
        return lower + c * (upper - lower);
    }
  }

  /**
   * Returns the unit coordinate of an allowed value (the centre of its cell for discrete kinds).
   *
   * @throws ConfigException if {@code value} is not allowed
   */
  public double toUnit(double value) {
    switch (kind) {
      case INTEGER: {
        if (value != Math.rint(value) || value < lower || value > upper) {
          throw new ConfigException(name, value, "an integer in " + fmt(lower) + ".." + fmt(upper));
        }
        return (value - lower + 0.5) / cardinality();
      }
      case ORDINAL: {
        int i = Arrays.binarySearch(values, value);
        if (i < 0) {
          throw new ConfigException(name, value, "one of " + Arrays.toString(values));
        }
        return (i + 0.5) / values.length;
      }
      default:
        if (!(value >= lower && value <= upper)) {
          throw new ConfigException(name, value, "a value in [" + fmt(lower) + ", " + fmt(upper) + "]");
        }
        return (value - lower) / (upper - lower);
    }
  }

  /** Returns the unit coordinate snapped to the representative of its cell (identity if continuous). */
  public double snapUnit(double u) {
    return kind == Kind.CONTINUOUS ? Math.min(1.0, Math.max(0.0, u)) : toUnit(fromUnit(u));
  }

  @Override
  public String toString() {
    switch (kind) {
      case INTEGER:
        return name + " integer " + fmt(lower) + ".." + fmt(upper);
      case ORDINAL:
        return name + " ordinal " + Arrays.toString(values);
      default:
        return name + " continuous [" + fmt(lower) + ", " + fmt(upper) + "]";
    }
  }
}
