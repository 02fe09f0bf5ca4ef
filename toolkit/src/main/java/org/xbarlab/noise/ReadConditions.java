package org.xbarlab.noise;

import org.xbarlab.ConfigException;

/**
 * Operating conditions of one crossbar read: read voltage, operating frequency (noise bandwidth)
 * and temperature.
 *
 * @param readVoltageVolts full-scale read voltage {@code V} in volts, {@code > 0}; this is the
 *     {@code V} of the thermal/shot-noise formula (see {@link ReadNoise})
 * @param frequencyHertz operating frequency {@code f} in hertz, {@code > 0}
 * @param temperatureKelvin temperature {@code T} in kelvin, {@code > 0}
 */
public record ReadConditions(
    double readVoltageVolts, double frequencyHertz, double temperatureKelvin) {

  /** Validates every field; throws {@link ConfigException} naming field, value and range. */
  public ReadConditions {
    positive("readVoltageVolts", readVoltageVolts, "V");
    positive("frequencyHertz", frequencyHertz, "Hz");
    positive("temperatureKelvin", temperatureKelvin, "K");
  }

  /** Returns the conditions {@code (V, f, T)}. */
  public static ReadConditions of(
      double readVoltageVolts, double frequencyHertz, double temperatureKelvin) {
    return new ReadConditions(readVoltageVolts, frequencyHertz, temperatureKelvin);
  }

  /** Returns the PytorX defaults: 0.1 V, 10 MHz, 300 K (papers.md 1.4 sanity point). */
  public static ReadConditions pytorx() {
    return new ReadConditions(0.1, 10e6, 300.0);
  }

  /** Returns a copy with another frequency in hertz. */
  public ReadConditions withFrequencyHertz(double value) {
    return new ReadConditions(readVoltageVolts, value, temperatureKelvin);
  }

  /** Returns a copy with another temperature in kelvin. */
  public ReadConditions withTemperatureKelvin(double value) {
    return new ReadConditions(readVoltageVolts, frequencyHertz, value);
  }

  /** Returns a copy with another read voltage in volts. */
  public ReadConditions withReadVoltageVolts(double value) {
    return new ReadConditions(value, frequencyHertz, temperatureKelvin);
  }

  static void positive(String field, double v, String unit) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new ConfigException(field, v, "a finite value > 0 " + unit);
    }
  }
}
