package org.xbarlab.noise;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.device.ConductanceRange;

/**
 * Which non-idealities act on the cells, how strongly, and in which order: stuck-at faults
 * ({@link StuckAtFaults}), device-to-device variation, programming error (frozen when the chip is
 * programmed), cycle-to-cycle variation, thermal+shot+programming read noise ({@link ReadNoise})
 * and random telegraph noise ({@link RandomTelegraphNoise}) (drawn on every read). Line resistance
 * is configured separately ({@link LineResistance}).
 *
 * <p>The engine asks for {@link #programmingEffects} and {@link #readEffects}: the effects that are
 * on, each a small class behind one of two interfaces, in the order of {@link #order()}. Each
 * effect sees the conductance the one before it returned.
 *
 * @param readNoise thermal + shot + programming noise on every read
 * @param randomTelegraphNoise two-level RTN on every read, with the constants of {@code telegraph}
 * @param stuckAtRate total stuck-at fault rate, in [0, 1]
 * @param sa1ToSa0Ratio SA1:SA0 ratio, {@code >= 0} (Infinity = SA1 only)
 * @param deviceVariationSigma relative device-to-device sigma (frozen per cell), {@code >= 0}
 * @param cycleVariationSigma relative cycle-to-cycle sigma (per read), {@code >= 0}
 * @param programmingErrorSigmaSteps absolute programming error (frozen per cell) in level steps,
 *     {@code >= 0}
 * @param telegraph RTN amplitude law and probability (PytorX's by default)
 * @param order every {@link NoiseEffect} exactly once; within a phase, earlier acts first
 */
@RecordBuilder
public record NoiseStack(
    boolean readNoise,
    boolean randomTelegraphNoise,
    double stuckAtRate,
    double sa1ToSa0Ratio,
    double deviceVariationSigma,
    double cycleVariationSigma,
    double programmingErrorSigmaSteps,
    RandomTelegraphNoise telegraph,
    List<NoiseEffect> order) implements NoiseStackBuilder.With {

  /** Validates the rates, sigmas and order; throws {@link ConfigException} naming field and range. */
  public NoiseStack {
    StuckAtFaults.of(stuckAtRate, sa1ToSa0Ratio);
    DeviceToDeviceVariation.of(deviceVariationSigma);
    CycleToCycleVariation.of(cycleVariationSigma);
    ProgrammingError.of(programmingErrorSigmaSteps);
    if (telegraph == null) {
      throw new ConfigException("telegraph", null, "a RandomTelegraphNoise model");
    }
    if (order == null || order.size() != NoiseEffect.values().length
        || order.stream().anyMatch(Objects::isNull)
        || !EnumSet.copyOf(order).containsAll(NoiseEffect.DEFAULT_ORDER)) {
      throw new ConfigException("order", order,
          "a list naming each of " + NoiseEffect.DEFAULT_ORDER + " exactly once");
    }
    order = List.copyOf(order);
  }

  /** Returns a stack with every non-ideality off. */
  public static NoiseStack none() {
    return new NoiseStack(false, false, 0.0, 1.0, 0.0, 0.0, 0.0,
        RandomTelegraphNoise.pytorx(), NoiseEffect.DEFAULT_ORDER);
  }

  /** Returns the PytorX/ReSNA stochastic noise: read noise and RTN on, no faults, no variation. */
  public static NoiseStack pytorx() {
    return none().withReadNoise(true).withRandomTelegraphNoise(true);
  }

  /** Returns true if {@code effect} is on (its strength is not zero). */
  public boolean isOn(NoiseEffect effect) {
    return switch (effect) {
      case STUCK_AT_FAULTS -> stuckAtRate > 0;
      case DEVICE_VARIATION -> deviceVariationSigma > 0;
      case PROGRAMMING_ERROR -> programmingErrorSigmaSteps > 0;
      case CYCLE_VARIATION -> cycleVariationSigma > 0;
      case READ_NOISE -> readNoise;
      case TELEGRAPH_NOISE -> randomTelegraphNoise && !telegraph.isSilent();
    };
  }

  /** Returns true if nothing is on. */
  public boolean isNone() {
    return order.stream().noneMatch(this::isOn);
  }

  /** Returns true if any per-read (stochastic) effect is on. */
  public boolean hasPerReadNoise() {
    return order.stream().anyMatch(e -> !e.atProgramming() && isOn(e));
  }

  /** Returns the stuck-at fault statistics. */
  public StuckAtFaults stuckAtFaults() {
    return StuckAtFaults.of(stuckAtRate, sa1ToSa0Ratio);
  }

  /** Returns a copy with another stuck-at rate in [0, 1] and SA1:SA0 ratio {@code >= 0}. */
  public NoiseStack withStuckAtFaults(double rate, double sa1ToSa0) {
    return withStuckAtRate(rate).withSa1ToSa0Ratio(sa1ToSa0);
  }

  /** Returns a copy acting in {@code effects}' order (each effect exactly once). */
  public NoiseStack withOrder(NoiseEffect... effects) {
    return withOrder(List.of(effects));
  }

  /**
   * Returns the programming-time effects that are on, in order, for a matrix of {@code cells}
   * cells; the fault map is drawn here from {@code rng.split("faults")}.
   *
   * @param window device conductance window
   * @param levelStepSiemens cell level step {@code dG}
   * @param cells number of cells the fault map covers
   * @param rng the matrix's stream
   */
  public List<ProgrammingEffect> programmingEffects(
      ConductanceRange window, double levelStepSiemens, int cells, RandomSource rng) {
    List<ProgrammingEffect> out = new ArrayList<>();
    for (NoiseEffect e : order) {
      if (!e.atProgramming() || !isOn(e)) {
        continue;
      }
      out.add(switch (e) {
        case STUCK_AT_FAULTS -> faultMap(cells, rng).effect(window);
        case DEVICE_VARIATION -> DeviceToDeviceVariation.of(deviceVariationSigma).effect(window);
        case PROGRAMMING_ERROR ->
            ProgrammingError.of(programmingErrorSigmaSteps).effect(window, levelStepSiemens);
        default -> throw new IllegalStateException(e + " is not a programming effect");
      });
    }
    return out;
  }

  /**
   * Returns the frozen fault map {@link #programmingEffects} draws for a matrix of {@code cells}
   * cells from the same {@code rng} (all healthy when faults are off): what a one-time profile of
   * the programmed chip finds.
   */
  public FaultMap faultMap(int cells, RandomSource rng) {
    return isOn(NoiseEffect.STUCK_AT_FAULTS) ? stuckAtFaults().sample(cells, rng.split("faults"))
        : FaultMap.healthy(cells);
  }

  /** Returns {@link #readEffects} as a chain that reads one cell per call. */
  public ReadChain readChain(ReadConditions conditions, ConductanceRange window,
      double levelStepSiemens) {
    return new ReadChain(readEffects(conditions, window, levelStepSiemens));
  }

  /**
   * Returns the read-time effects that are on, in order.
   *
   * @param conditions read voltage, frequency, temperature (read noise)
   * @param window device conductance window (cycle-to-cycle variation is clipped to it)
   * @param levelStepSiemens cell level step {@code dG} (the programming term of read noise)
   */
  public List<ReadEffect> readEffects(
      ReadConditions conditions, ConductanceRange window, double levelStepSiemens) {
    List<ReadEffect> out = new ArrayList<>();
    for (NoiseEffect e : order) {
      if (e.atProgramming() || !isOn(e)) {
        continue;
      }
      out.add(switch (e) {
        case CYCLE_VARIATION -> CycleToCycleVariation.of(cycleVariationSigma).effect(window);
        case READ_NOISE -> ReadNoise.of(conditions, levelStepSiemens);
        case TELEGRAPH_NOISE -> telegraph;
        default -> throw new IllegalStateException(e + " is not a read effect");
      });
    }
    return out;
  }
}
