package org.xbarlab.crossbar;

import io.soabase.recordbuilder.core.RecordBuilder;
import org.xbarlab.ConfigException;

/**
 * Weight quantisation and its placement on cells.
 *
 * @param weightBits weight resolution, 2..16; weights are quantised symmetrically to integers in
 *     {@code [-(2^(weightBits-1)-1), 2^(weightBits-1)-1]} with step {@code max|W| / (2^(weightBits-1)-1)}
 *     per layer (PytorX {@code layer.py}, papers.md 5.3 step 2)
 * @param cellBits bits stored per cell, 1..16 (level step {@code (Gmax-Gmin)/2^cellBits})
 * @param scheme signed-weight representation
 */
@RecordBuilder
public record WeightMapping(int weightBits, int cellBits, MappingScheme scheme) implements WeightMappingBuilder.With {
  /** Validates the fields; throws {@link ConfigException} naming field, value and range. */
  public WeightMapping {
    CrossbarConfig.bits("weightBits", weightBits, 2);
    CrossbarConfig.bits("cellBits", cellBits, 1);
    if (scheme == null) {
      throw new ConfigException("scheme", null, "one of " + java.util.Arrays.toString(MappingScheme.values()));
    }
  }

  /** Returns the number of cells (slices) per weight and polarity. */
  public int slices() {
    return scheme.slices(weightBits, cellBits);
  }

  /** Returns the number of polarities (2 for a differential pair, 1 for offset mapping). */
  public int polarities() {
    return scheme.columnsPerSlice();
  }

  /** Returns the largest weight integer {@code 2^(weightBits-1)-1}. */
  public int maxWeightCode() {
    return (1 << (weightBits - 1)) - 1;
  }
}
