package org.xbarlab.optimize;

import java.util.Random;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;
import org.xbarlab.ConfigException;

/**
 * Baseline: NSGA-II of MOEA Framework 5.0 (binary tournament on rank and crowding, SBX + PM) at the
 * top fidelity, every evaluation going through the run (cost accounting, run log). Works on the
 * unit cube; discrete variables are snapped when evaluated. MOEA Framework's process-wide
 * {@link PRNG} is reseeded from the run's seed and held under a lock for the whole run.
 *
 * @param populationSize population size (pymoo/jMetal default 100)
 */
public record Nsga2(int populationSize) implements Algorithm {
  /** Validates. */
  public Nsga2 {
    if (populationSize < 4) {
      throw new ConfigException("populationSize", populationSize, "an integer >= 4");
    }
  }

  /** Returns NSGA-II with population 100. */
  public static Nsga2 defaults() {
    return new Nsga2(100);
  }

  @Override
  public String describe() {
    return "nsga2(population=" + populationSize + ")";
  }

  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  @Override
  public void run(Run run) {
    Problem p = run.problem();
    int d = p.space().dimension();
    int k = p.objectiveCount();
    AbstractProblem adapter = new AbstractProblem(d, k) {
      @Override
      public void evaluate(Solution solution) {
        if (run.isFinished()) {
          throw new Stop();
        }
        int generation = run.observations().size() / populationSize;
        Observation o = run.evaluate(RealVariable.getReal(solution), 1.0, generation);
        solution.setObjectiveValues(o.minimized());
      }

      @Override
      public Solution newSolution() {
        Solution s = new Solution(d, k);
        for (int i = 0; i < d; i++) {
          s.setVariable(i, new RealVariable(0.0, 1.0));
        }
        return s;
      }
    };
    synchronized (PRNG.class) {
      PRNG.setRandom(new Random(run.rng().split("nsga2").nextLong()));
      NSGAII nsga = new NSGAII(adapter);
      nsga.setInitialPopulationSize(populationSize);
      try {
        while (!run.isFinished()) {
          nsga.step();
        }
      } catch (Stop stop) {
        // budget reached inside a generation
      }
    }
  }
}
