package org.xbarlab.remap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.Remapping;
import org.xbarlab.nn.Network;

/**
 * Remappings a study has already computed, so that its tables (comparison, kernel errors,
 * variants) share one SRS and one DRS pass per configuration. The network and the calibration batch
 * are keyed by identity (a study never modifies them); at most {@value #CAPACITY} entries, least
 * recently used first out.
 */
final class PlacementCache {
  private static final int CAPACITY = 64;
  private static final Map<Key, Remapping> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Remapping> eldest) {
      return size() > CAPACITY;
    }
  };

  private PlacementCache() {}

  private record Key(Network network, DataSet calibration, Strategy strategy,
      CrossbarConfig config, RemapOptions options) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.network == network && k.calibration == calibration
          && k.strategy == strategy && k.config.equals(config) && k.options.equals(options);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * System.identityHashCode(network) + System.identityHashCode(calibration))
          + java.util.Objects.hash(strategy, config, options);
    }
  }

  /** Returns the cached remapping, computing it with {@code compute} on a miss. */
  static Remapping get(Network network, DataSet calibration, Strategy strategy,
      CrossbarConfig config, RemapOptions options, Supplier<Remapping> compute) {
    Key key = new Key(network, calibration, strategy, config, options);
    synchronized (CACHE) {
      Remapping hit = CACHE.get(key);
      if (hit != null) {
        return hit;
      }
    }
    Remapping r = compute.get();
    synchronized (CACHE) {
      CACHE.put(key, r);
    }
    return r;
  }
}
