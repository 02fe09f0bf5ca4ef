package org.xbarlab.crossbar;

import io.soabase.recordbuilder.core.RecordBuilder;
import org.xbarlab.ConfigException;

/**
 * Input DAC and output ADC of the tiles.
 *
 * @param dacBits input DAC resolution, 1..16; signed inputs use a symmetric grid of
 *     {@code 2^(dacBits-1)-1} levels per sign, non-negative inputs {@code 2^dacBits-1} levels
 * @param bitSerialInput if true, the DAC codes are applied one bit per cycle ({@code dacBits}
 *     cycles, two's complement), each cycle's partial sum is digitised and shifted-and-added
 * @param adcBits ADC resolution per tile partial sum, 1..16
 * @param adcRange how each ADC's full-scale range is chosen
 * @param stuckAtCorrection if true, the digital side adds back the error of every stuck cell after
 *     the ADC, from a one-time profile of the fault map (PytorX's SAF correction, papers.md 5.4):
 *     {@code (G_target - G_stuck) V} per stuck cell, exact in digital arithmetic
 */
@RecordBuilder
public record Periphery(int dacBits, boolean bitSerialInput, int adcBits, AdcRangePolicy adcRange,
    boolean stuckAtCorrection) implements PeripheryBuilder.With {
  /** Validates the resolutions; throws {@link ConfigException} naming field, value and range. */
  public Periphery {
    CrossbarConfig.bits("dacBits", dacBits, 1);
    CrossbarConfig.bits("adcBits", adcBits, 1);
    if (adcRange == null) {
      throw new ConfigException("adcRange", null, "one of CALIBRATED, MAX");
    }
  }

  /**
   * Returns {@code dacBits}-bit DAC and {@code adcBits}-bit calibrated ADC, no bit-serial input, no
   * stuck-at correction.
   */
  public static Periphery of(int dacBits, int adcBits) {
    return new Periphery(dacBits, false, adcBits, AdcRangePolicy.CALIBRATED, false);
  }
}
