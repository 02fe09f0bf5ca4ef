package org.xbarlab.crossbar;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xbarlab.ConfigException;

/**
 * Per-layer tile sizes by layer name (NAX's heterogeneous chips), one set of rules for the two
 * records that carry them: the engine's {@link CrossbarConfig} and the cost model's
 * {@code CostDesign}, so that a chip is mapped and costed on the same tiles.
 */
public final class LayerArrays {
  private LayerArrays() {}

  /**
   * Returns an unmodifiable, order-keeping copy of {@code arrays} after checking every entry.
   *
   * @throws ConfigException for a null map, a blank layer name or a null geometry
   */
  public static Map<String, ArrayGeometry> copyOf(Map<String, ArrayGeometry> arrays) {
    if (arrays == null) {
      throw new ConfigException("layerArrays", null,
          "a map of layer name to ArrayGeometry (may be empty)");
    }
    for (Map.Entry<String, ArrayGeometry> e : arrays.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
        throw new ConfigException("layerArrays", e.getKey() + "=" + e.getValue(),
            "a layer name and its ArrayGeometry");
      }
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
  }

  /** Returns {@code arrays} with layer {@code layer} on square {@code size x size} tiles. */
  public static Map<String, ArrayGeometry> withSquare(Map<String, ArrayGeometry> arrays,
      String layer, int size) {
    Map<String, ArrayGeometry> m = new LinkedHashMap<>(arrays);
    m.put(layer, ArrayGeometry.square(size));
    return m;
  }

  /** Returns the tiles layer {@code layer} sits on: its own entry, else {@code chipDefault}. */
  public static ArrayGeometry arrayFor(Map<String, ArrayGeometry> arrays, String layer,
      ArrayGeometry chipDefault) {
    return arrays.getOrDefault(layer, chipDefault);
  }
}
