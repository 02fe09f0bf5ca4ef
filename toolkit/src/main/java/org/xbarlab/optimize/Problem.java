package org.xbarlab.optimize;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xbarlab.ConfigException;

/**
 * A multi-objective (optionally multi-fidelity) design problem: what is searched, what is
 * optimised in which direction, at which fidelities, evaluated how. The reference point for
 * hypervolume is stated in natural units (for a maximised objective: a value worse, i.e. lower,
 * than anything of interest).
 *
 * <pre>{@code
 * Problem p = Problem.of("demo", DesignSpace.unitCube(2),
 *     List.of(Objective.minimize("f1"), Objective.minimize("f2")),
 *     new double[] {1.1, 1.1}, (x, z) -> new Evaluation(new double[] {x[0], 1 - x[0]}, 1.0));
 * }</pre>
 *
 * @param name a short identifier, recorded in run logs
 * @param space the design space
 * @param objectives the objectives, in the order the evaluator returns them
 * @param fidelity the fidelity range and cost model
 * @param referencePoint hypervolume reference point [k] in natural units
 * @param evaluator evaluates (design, fidelity)
 * @param exactObjectives objectives computed exactly without an evaluation ({@link
 *     ExactObjectives#none()} if none); the evaluator still returns them
 */
public record Problem(String name, DesignSpace space, List<Objective> objectives, Fidelity fidelity,
    double[] referencePoint, Evaluator evaluator, ExactObjectives exactObjectives) {

  /** Validates. */
  public Problem {
    if (name == null || name.isBlank() || name.contains("\n")) {
      throw new ConfigException("problem.name", name, "a non-blank single-line name");
    }
    if (space == null) {
      throw new ConfigException("problem.space", null, "a DesignSpace");
    }
    if (objectives == null || objectives.isEmpty()) {
      throw new ConfigException("problem.objectives", objectives, "at least one Objective");
    }
    Set<String> names = new HashSet<>();
    for (Variable v : space.variables()) {
      names.add(v.name());
    }
    for (Objective o : objectives) {
      if (!names.add(o.name())) {
        throw new ConfigException("problem.objectives", o.name(),
            "names distinct from each other and from variable names");
      }
    }
    objectives = List.copyOf(objectives);
    if (fidelity == null) {
      throw new ConfigException("problem.fidelity", null, "a Fidelity (Fidelity.single() if none)");
    }
    if (referencePoint == null || referencePoint.length != objectives.size()) {
      throw new ConfigException("problem.referencePoint",
          referencePoint == null ? "null" : Arrays.toString(referencePoint),
          "one finite value per objective (" + objectives.size() + ")");
    }
    for (double r : referencePoint) {
      if (!Double.isFinite(r)) {
        throw new ConfigException("problem.referencePoint", Arrays.toString(referencePoint),
            "finite values");
      }
    }
    referencePoint = referencePoint.clone();
    if (evaluator == null) {
      throw new ConfigException("problem.evaluator", null, "an Evaluator");
    }
    if (exactObjectives == null) {
      throw new ConfigException("problem.exactObjectives", null,
          "an ExactObjectives (ExactObjectives.none() if none)");
    }
    int last = -1;
    for (int j : exactObjectives.indices()) {
      if (j <= last || j >= objectives.size()) {
        throw new ConfigException("problem.exactObjectives", exactObjectives.indices(),
            "ascending distinct objective indices in 0.." + (objectives.size() - 1));
      }
      last = j;
    }
    if (exactObjectives.indices().size() == objectives.size()) {
      throw new ConfigException("problem.exactObjectives", exactObjectives.indices(),
          "at most " + (objectives.size() - 1) + " indices: one objective at least must need an"
              + " evaluation");
    }
  }

  /** Creates a problem whose objectives all need an evaluation. */
  public Problem(String name, DesignSpace space, List<Objective> objectives, Fidelity fidelity,
      double[] referencePoint, Evaluator evaluator) {
    this(name, space, objectives, fidelity, referencePoint, evaluator, ExactObjectives.none());
  }

  /** Returns a single-fidelity problem. */
  public static Problem of(String name, DesignSpace space, List<Objective> objectives,
      double[] referencePoint, Evaluator evaluator) {
    return new Problem(name, space, objectives, Fidelity.single(), referencePoint, evaluator);
  }

  /** Returns a copy with another fidelity setting. */
  public Problem withFidelity(Fidelity newFidelity) {
    return new Problem(name, space, objectives, newFidelity, referencePoint, evaluator,
        exactObjectives);
  }

  /** Returns a copy with another reference point (natural units). */
  public Problem withReferencePoint(double[] newReference) {
    return new Problem(name, space, objectives, fidelity, newReference, evaluator,
        exactObjectives);
  }

  /** Returns a copy whose objectives at {@code exact}'s indices are known without evaluation. */
  public Problem withExactObjectives(ExactObjectives exact) {
    return new Problem(name, space, objectives, fidelity, referencePoint, evaluator, exact);
  }

  /** Returns the 0-based indices of the objectives that need an evaluation, ascending. */
  public List<Integer> evaluatedObjectives() {
    List<Integer> out = new java.util.ArrayList<>();
    for (int j = 0; j < objectives.size(); j++) {
      if (!exactObjectives.indices().contains(j)) {
        out.add(j);
      }
    }
    return List.copyOf(out);
  }

  /** Returns a copy of the reference point in natural units. */
  @Override
  public double[] referencePoint() {
    return referencePoint.clone();
  }

  /** Returns the reference point in the minimisation convention. */
  public double[] minimizedReferencePoint() {
    double[] r = new double[referencePoint.length];
    for (int j = 0; j < r.length; j++) {
      r[j] = objectives.get(j).toMinimized(referencePoint[j]);
    }
    return r;
  }

  /** Returns the number of objectives k. */
  public int objectiveCount() {
    return objectives.size();
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "Problem[" + name + ", " + space + ", " + objectives + ", " + fidelity + ", ref="
        + Arrays.toString(referencePoint) + "]";
  }
}
