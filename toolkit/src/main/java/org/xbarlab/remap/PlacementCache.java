package org.xbarlab.remap;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.Remapping;
import org.xbarlab.nn.Network;

/**
 * Remappings a study has already computed, so that its tables (comparison, kernel errors,
 * variants) share one SRS and one DRS pass per configuration. Held per network and weakly: once a
 * notebook drops its network, its remappings go too. The calibration batch is keyed by identity (a
 * study never modifies it).
 */
final class PlacementCache {
  private static final Map<Network, Map<Key, Remapping>> CACHE = new WeakHashMap<>();

  private PlacementCache() {}

  private record Key(DataSet calibration, Strategy strategy, CrossbarConfig config,
      RemapOptions options) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.calibration == calibration && k.strategy == strategy
          && k.config.equals(config) && k.options.equals(options);
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(calibration)
          + java.util.Objects.hash(strategy, config, options);
    }
  }

  /** Returns the cached remapping, computing it with {@code compute} on a miss. */
  static Remapping get(Network network, DataSet calibration, Strategy strategy,
      CrossbarConfig config, RemapOptions options, Supplier<Remapping> compute) {
    Key key = new Key(calibration, strategy, config, options);
    synchronized (CACHE) {
      Remapping hit = CACHE.getOrDefault(network, Map.of()).get(key);
      if (hit != null) {
        return hit;
      }
    }
    Remapping r = compute.get();
    synchronized (CACHE) {
      CACHE.computeIfAbsent(network, n -> new HashMap<>()).put(key, r);
    }
    return r;
  }
}
