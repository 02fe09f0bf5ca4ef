package org.xbarlab.remap;

import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.Remapping;
import org.xbarlab.nn.Network;

/** The three placements X-CHANGR compares. */
public enum Strategy {
  /** The network mapped as it is: kernel {@code o} in slot {@code o}. */
  AS_IS("as-is"),
  /** Static remapping ({@link StaticRemapping}). */
  SRS("SRS"),
  /** Dynamic remapping, offline reading ({@link DynamicRemapping}). */
  DRS("DRS");

  private final String label;

  Strategy(String label) {
    this.label = label;
  }

  /** Returns the name used in tables and figures: {@code as-is}, {@code SRS}, {@code DRS}. */
  public String label() {
    return label;
  }

  /** Returns this strategy's placement of {@code network} on {@code config}'s tiles. */
  public Remapping remap(Network network, CrossbarConfig config, DataSet calibration,
      RemapOptions options) {
    return switch (this) {
      case AS_IS -> Remapping.identity();
      case SRS -> StaticRemapping.of(network, config, calibration, options);
      case DRS -> DynamicRemapping.of(network, config, calibration, options);
    };
  }
}
