package org.xbarlab.optimize.reram;

import java.util.ArrayList;
import java.util.List;
import org.xbarlab.ConfigException;

/**
 * The designs a {@link ReramTable} tabulates: every combination of the listed values, inside the
 * ranges of {@link ReramDesignProblem}'s space (cell bits 2..8, crossbar size 32/64/128,
 * frequency 100..1000 MHz, temperature 300..400 K). Each variable lists at least two values (one
 * value is not a design choice), ascending, without repeats.
 *
 * @param cellBits bits per cell, each in 2..8
 * @param crossbarSizes crossbar sizes, each 32, 64 or 128
 * @param frequenciesMHz operating frequencies, each in [100, 1000] MHz
 * @param temperaturesK temperatures, each in [300, 400] K
 */
public record ReramGrid(List<Integer> cellBits, List<Integer> crossbarSizes, List<Double> frequenciesMHz,
    List<Double> temperaturesK) {
  /** Validates and copies. */
  public ReramGrid {
    cellBits = checked("cellBits", cellBits, 2, 8);
    crossbarSizes = checked("crossbarSizes", crossbarSizes, 32, 128);
    for (int s : crossbarSizes) {
      if (s != 32 && s != 64 && s != 128) {
        throw new ConfigException("crossbarSizes", s, "32, 64 or 128");
      }
    }
    frequenciesMHz = checked("frequenciesMHz", frequenciesMHz, 100, 1000);
    temperaturesK = checked("temperaturesK", temperaturesK, 300, 400);
  }

  /**
   * The quick profile's grid, 252 designs: all 7 cell-bit values and 3 crossbar sizes, frequency
   * 100 / 400 / 700 / 1000 MHz, temperature 300 / 350 / 400 K. About 5 minutes to tabulate with
   * {@link ReramDesignProblem.Settings#quick()} on 2 cores.
   */
  public static ReramGrid quick() {
    return new ReramGrid(List.of(2, 3, 4, 5, 6, 7, 8), List.of(32, 64, 128), List.of(100.0, 400.0, 700.0, 1000.0),
        List.of(300.0, 350.0, 400.0));
  }

  /** Returns the number of designs. */
  public int size() {
    return cellBits.size() * crossbarSizes.size() * frequenciesMHz.size() * temperaturesK.size();
  }

  /** Returns every design {@code [cell_bits, crossbar_size, frequency_MHz, temperature_K]}, the last variable fastest. */
  public List<double[]> designs() {
    List<double[]> out = new ArrayList<>(size());
    for (int b : cellBits) {
      for (int s : crossbarSizes) {
        for (double f : frequenciesMHz) {
          for (double t : temperaturesK) {
            out.add(new double[] {b, s, f, t});
          }
        }
      }
    }
    return out;
  }

  private static <T extends Number & Comparable<T>> List<T> checked(String name, List<T> values, double lo, double hi) {
    if (values == null || values.size() < 2) {
      throw new ConfigException(name, values, "a list of at least two values in [" + lo + ", " + hi + "]");
    }
    for (int i = 0; i < values.size(); i++) {
      T v = values.get(i);
      if (v == null || !(v.doubleValue() >= lo && v.doubleValue() <= hi)) {
        throw new ConfigException(name, v, "a value in [" + lo + ", " + hi + "]");
      }
      if (i > 0 && values.get(i - 1).compareTo(v) >= 0) {
        throw new ConfigException(name, values, "values in ascending order without repeats");
      }
    }
    return List.copyOf(values);
  }
}
