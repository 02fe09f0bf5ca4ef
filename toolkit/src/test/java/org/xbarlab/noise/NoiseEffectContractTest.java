package org.xbarlab.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.device.ConductanceRange;

/** Every noise effect through the same checks, then the order of the chain. */
class NoiseEffectContractTest {
  private static final ConductanceRange WINDOW = ConductanceRange.of(3.33e-7, 3.33e-4);
  private static final double STEP = WINDOW.levelStepSiemens(7);
  private static final ReadConditions READ = ReadConditions.of(0.1, 1e9, 400);
  private static final int CELLS = 4000;

  /** Returns a stack with only {@code effect} on, at a clearly visible strength. */
  static NoiseStack only(NoiseEffect effect) {
    NoiseStack none = NoiseStack.none();
    return switch (effect) {
      case STUCK_AT_FAULTS -> none.withStuckAtFaults(0.3, 1.0);
      case DEVICE_VARIATION -> none.withDeviceVariationSigma(0.2);
      case PROGRAMMING_ERROR -> none.withProgrammingErrorSigmaSteps(2.0);
      case CYCLE_VARIATION -> none.withCycleVariationSigma(0.2);
      case READ_NOISE -> none.withReadNoise(true);
      case TELEGRAPH_NOISE -> none.withRandomTelegraphNoise(true);
    };
  }

  /** Returns the same stack with {@code effect} at zero strength (the "off" setting). */
  static NoiseStack zero(NoiseEffect effect) {
    NoiseStack s = only(effect);
    return switch (effect) {
      case STUCK_AT_FAULTS -> s.withStuckAtRate(0);
      case DEVICE_VARIATION -> s.withDeviceVariationSigma(0);
      case PROGRAMMING_ERROR -> s.withProgrammingErrorSigmaSteps(0);
      case CYCLE_VARIATION -> s.withCycleVariationSigma(0);
      case READ_NOISE -> s.withReadNoise(false);
      case TELEGRAPH_NOISE -> s.withTelegraph(RandomTelegraphNoise.of(1.662e-7, 0.0015, 0.0));
    };
  }

  /** Targets spread over the window, both ends included. */
  static double[] targets() {
    double[] g = new double[CELLS];
    for (int k = 0; k < CELLS; k++) {
      g[k] = WINDOW.gMinSiemens() + (k % 129) * STEP;
    }
    return g;
  }

  /** Runs the stack's chain over every target the way the engine does; returns sensed values. */
  static double[] apply(NoiseStack stack, long seed) {
    RandomSource rng = RandomSource.seeded(seed);
    List<ProgrammingEffect> programming = stack.programmingEffects(WINDOW, STEP, CELLS, rng);
    List<ReadEffect> read = stack.readEffects(READ, WINDOW, STEP);
    double[] g = targets();
    RandomSource cells = rng.split("cells");
    for (int k = 0; k < CELLS; k++) {
      double state = g[k];
      for (ProgrammingEffect e : programming) {
        state = e.program(k, state, cells);
      }
      double deviation = 0;
      for (ReadEffect e : read) {
        if (e.kind() == ReadEffect.Kind.STATE) {
          state = e.read(state, cells);
          assertTrue(WINDOW.contains(state), e + " left the window: " + state);
        } else {
          deviation += e.read(state, cells);
        }
      }
      g[k] = state + deviation;
    }
    return g;
  }

  @ParameterizedTest
  @EnumSource(NoiseEffect.class)
  void zeroStrengthChangesNothing(NoiseEffect effect) {
    NoiseStack z = zero(effect);
    assertFalse(z.isOn(effect));
    assertTrue(z.isNone());
    assertTrue(z.programmingEffects(WINDOW, STEP, CELLS, RandomSource.seeded(1)).isEmpty());
    assertTrue(z.readEffects(READ, WINDOW, STEP).isEmpty());
    assertArrayEquals(targets(), apply(z, 1));
  }

  @ParameterizedTest
  @EnumSource(NoiseEffect.class)
  void sameSeedSameOutputOtherSeedOther(NoiseEffect effect) {
    NoiseStack s = only(effect);
    assertTrue(s.isOn(effect));
    assertEquals(!effect.atProgramming(), s.hasPerReadNoise());
    double[] a = apply(s, 5);
    assertArrayEquals(a, apply(s, 5));
    assertFalse(Arrays.equals(a, apply(s, 6)), effect + " ignores the seed");
    assertFalse(Arrays.equals(a, targets()), effect + " changed nothing");
  }

  @ParameterizedTest
  @EnumSource(NoiseEffect.class)
  void conductancesStayInTheWindowUnlessFault(NoiseEffect effect) {
    double[] t = targets();
    double[] out = apply(only(effect), 7);
    for (int k = 0; k < CELLS; k++) {
      double g = out[k];
      switch (effect) {
        case STUCK_AT_FAULTS -> assertTrue(g == t[k] || g == WINDOW.gMinSiemens()
            || g == WINDOW.gMaxSiemens(), "fault value " + g);
        case DEVICE_VARIATION, PROGRAMMING_ERROR, CYCLE_VARIATION ->
            assertTrue(WINDOW.contains(g), effect + " gave " + g + " outside " + WINDOW);
        // fluctuations perturb the sensed current, not the cell: bounded by their own law
        case READ_NOISE -> {
          double sigma = ReadNoise.of(READ, STEP).sigmaSiemens(t[k]);
          assertTrue(Math.abs(g - t[k]) <= 7 * sigma, "read noise beyond 7 sigma: " + g);
        }
        case TELEGRAPH_NOISE -> assertTrue(g == t[k]
            || g == t[k] + RandomTelegraphNoise.pytorx().jumpSiemens(t[k]), "RTN value " + g);
      }
    }
  }

  @Test
  void orderDecidesWhetherVariationSpreadsStuckCells() {
    NoiseStack stack = NoiseStack.none().withStuckAtFaults(1.0, Double.POSITIVE_INFINITY)
        .withDeviceVariationSigma(0.2);
    // default: the fault pins first, variation then spreads the pinned cells below Gmax
    long exactlyMax = Arrays.stream(apply(stack, 3)).filter(g -> g == WINDOW.gMaxSiemens()).count();
    assertTrue(exactlyMax < CELLS * 0.7, "variation did not act after the fault: " + exactlyMax);
    List<NoiseEffect> faultsLast = new ArrayList<>(NoiseEffect.DEFAULT_ORDER);
    faultsLast.remove(NoiseEffect.STUCK_AT_FAULTS);
    faultsLast.add(2, NoiseEffect.STUCK_AT_FAULTS);
    double[] pinned = apply(stack.withOrder(faultsLast), 3);
    assertTrue(Arrays.stream(pinned).allMatch(g -> g == WINDOW.gMaxSiemens()));
  }

  @Test
  void fluctuationsAreEvaluatedAtTheStateReachedAtTheirPlace() {
    // read noise before cycle variation sees the programmed G; after it, the varied G
    NoiseStack stack = NoiseStack.none().withReadNoise(true).withCycleVariationSigma(0.3);
    NoiseStack noiseFirst = stack.withOrder(NoiseEffect.STUCK_AT_FAULTS,
        NoiseEffect.DEVICE_VARIATION, NoiseEffect.PROGRAMMING_ERROR, NoiseEffect.READ_NOISE,
        NoiseEffect.CYCLE_VARIATION, NoiseEffect.TELEGRAPH_NOISE);
    assertFalse(Arrays.equals(apply(stack, 4), apply(noiseFirst, 4)));
  }

  @Test
  void theEnginesChainEqualsTheReferenceLoopInEveryOrder() {
    NoiseStack stack = NoiseStack.none().withReadNoise(true).withRandomTelegraphNoise(true)
        .withCycleVariationSigma(0.2);
    NoiseStack mixed = stack.withOrder(NoiseEffect.STUCK_AT_FAULTS, NoiseEffect.DEVICE_VARIATION,
        NoiseEffect.PROGRAMMING_ERROR, NoiseEffect.READ_NOISE, NoiseEffect.CYCLE_VARIATION,
        NoiseEffect.TELEGRAPH_NOISE);
    for (NoiseStack s : new NoiseStack[] {stack, mixed}) {
      double[] expected = apply(s, 9);
      ReadChain chain = s.readChain(READ, WINDOW, STEP);
      RandomSource cells = RandomSource.seeded(9).split("cells");
      double[] g = targets();
      for (int k = 0; k < CELLS; k++) {
        assertEquals(expected[k], chain.read(g[k], cells), 0.0, "cell " + k);
      }
    }
  }

  @Test
  void readNoiseDeviationHasTheAnalyticMoments() {
    ReadNoise rn = ReadNoise.of(READ, STEP);
    double g = WINDOW.gMaxSiemens();
    RandomSource rng = RandomSource.seeded(8);
    int n = 200_000;
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < n; i++) {
      double d = rn.read(g, rng);
      sum += d;
      sq += d * d;
    }
    double s = rn.sigmaSiemens(g);
    assertEquals(0, sum / n, 5 * s / Math.sqrt(n));
    assertEquals(s * s, sq / n, 5 * s * s * Math.sqrt(2.0 / n));
  }

  @Test
  void orderMustNameEveryEffectOnce() {
    NoiseStack none = NoiseStack.none();
    ConfigException missing = assertThrows(ConfigException.class,
        () -> none.withOrder(NoiseEffect.READ_NOISE));
    assertEquals("order", missing.field());
    List<NoiseEffect> twice = new ArrayList<>(NoiseEffect.DEFAULT_ORDER);
    twice.set(0, NoiseEffect.READ_NOISE);
    assertThrows(ConfigException.class, () -> none.withOrder(twice));
    assertThrows(ConfigException.class, () -> none.withProgrammingErrorSigmaSteps(-1));
    assertThrows(ConfigException.class, () -> none.withTelegraph(null));
    assertEquals("rtnProbability",
        assertThrows(ConfigException.class, () -> RandomTelegraphNoise.of(1e-7, 0.001, 1.5)).field());
  }

}
