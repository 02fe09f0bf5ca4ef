package org.xbarlab.optimize;

import java.util.Random;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * Baseline: NSGA-II of MOEA Framework 5.0 (binary tournament on rank and crowding, SBX + PM) at the
 * top fidelity, every evaluation going through the run (cost accounting, run log). Works on the
 * unit cube; discrete variables are snapped when evaluated. MOEA Framework's process-wide
 * {@link PRNG} is reseeded from the run's seed and held under a lock for the whole run.
 *
 * <p>Duplicates are never re-evaluated, so a budget of n evaluations buys n distinct designs. An
 * offspring whose snapped design was already evaluated (SBX and polynomial mutation often copy a
 * parent unchanged, and on a grid small moves snap back) is replaced, as pymoo's duplicate
 * elimination refills its offspring, by a uniformly random design not yet evaluated (up to
 * {@value #REPLACEMENT_TRIES} seeded draws from the run's {@code "nsga2-duplicates"} stream);
 * if none is found it keeps the stored objectives at no cost. The run stops cleanly when a finite
 * grid is exhausted, or after {@value #STALL_GENERATIONS} consecutive generations without a new
 * design.
 *
 * <p>A real baseline budget (Yang et al. use population 20 for 10+ generations):
 * <pre>{@code
 * Nsga2 nsga = new Nsga2(20);
 * Optimization.minimize(problem, nsga, nsga.generations(10), seed);  // 200 distinct evaluations
 * }</pre>
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

  /** Random draws tried to replace a duplicate offspring by a design not yet evaluated. */
  public static final int REPLACEMENT_TRIES = 100;

  /** Generations in a row without a new design after which the run stops. */
  public static final int STALL_GENERATIONS = 100;

  /** Returns NSGA-II with population 100. */
  public static Nsga2 defaults() {
    return new Nsga2(100);
  }

  /**
   * Returns the termination after {@code generations} generations' worth of distinct evaluations,
   * {@code populationSize x generations} (duplicates are free, so this may take more generations).
   *
   * @param generations number of generations, >= 1 (the initial population counts as one)
   */
  public Termination generations(int generations) {
    if (generations < 1 || (long) generations * populationSize > Integer.MAX_VALUE - 1) {
      throw new ConfigException("generations", generations,
          "an integer >= 1 with populationSize x generations < 2^31");
    }
    return Termination.maxEvaluations(populationSize * generations);
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
    int[] generation = {0};
    RandomSource duplicates = run.rng().split("nsga2-duplicates");
    int[] draws = {0};
    AbstractProblem adapter = new AbstractProblem(d, k) {
      @Override
      public void evaluate(Solution solution) {
        if (run.isFinished() || run.isExhausted(1.0)) {
          throw new Stop();
        }
        double[] u = RealVariable.getReal(solution);
        for (int t = 0; t < REPLACEMENT_TRIES && run.lookup(u, 1.0).isPresent(); t++) {
          RandomSource r = duplicates.split(draws[0]++);
          for (int i = 0; i < d; i++) {
            u[i] = r.uniform();
          }
        }
        if (run.lookup(u, 1.0).isEmpty()) {
          RealVariable.setReal(solution, u); // the replacement joins the population
        } else {
          u = RealVariable.getReal(solution); // no fresh design found: stored objectives, free
        }
        Observation o = run.evaluate(u, 1.0, generation[0]);
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
        int stalled = 0;
        while (!run.isFinished() && !run.isExhausted(1.0) && stalled < STALL_GENERATIONS) {
          int before = run.observations().size();
          nsga.step();
          stalled = run.observations().size() > before ? 0 : stalled + 1;
          generation[0]++;
        }
      } catch (Stop stop) {
        // budget reached inside a generation
      }
    }
  }
}
