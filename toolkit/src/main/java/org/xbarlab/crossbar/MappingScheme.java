package org.xbarlab.crossbar;

/** How a signed weight is represented by non-negative conductances. */
public enum MappingScheme {
  /**
   * Two cells per slice: {@code G+ = Gmin + digit(max(W,0)) dG}, {@code G- = Gmin + digit(max(-W,0))
   * dG}; the column pair's difference current is digitised (PytorX {@code w2g.py}). The magnitude
   * uses {@code weightBits - 1} bits, so {@code ceil((weightBits-1)/cellBits)} slices.
   */
  DIFFERENTIAL_PAIR,
  /**
   * The differential pair with zero weights at high conductance, the "mapping transformation" of the
   * JLPEA 2022 stuck-at-fault paper read as its group's differential mapping method (papers.md 4.4,
   * a reconstruction): {@code G+ = Gmax - digit(max(-W,0)) dG}, {@code G- = Gmax - digit(max(W,0))
   * dG}, so {@code G+ - G-} is the same as {@link #DIFFERENTIAL_PAIR}'s, but a zero weight holds
   * Gmax on both cells and a cell stuck at Gmax (SA1, the dominant fault in the paper's defect data)
   * leaves most weights, which sit near zero, unharmed. Same slices and columns as the pair.
   */
  DIFFERENTIAL_PAIR_ZERO_AT_GMAX,
  /**
   * One cell per slice holding the digits of {@code W + offset} ({@code offset = 2^(weightBits-1)-1});
   * one reference column per tile at Gmin is subtracted from every column in analog, and
   * {@code offset * sum(inputs)} is subtracted digitally after the ADC. Uses
   * {@code ceil(weightBits/cellBits)} slices.
   */
  OFFSET_REFERENCE_COLUMN;

  /**
   * Returns the scheme named {@code name} (case-insensitive), for queries that name a mapping in
   * text; an unknown name is a {@link org.xbarlab.ConfigException} listing the valid ones.
   */
  public static MappingScheme parse(String name) {
    for (MappingScheme s : values()) {
      if (s.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return s;
      }
    }
    throw new org.xbarlab.ConfigException("mappingScheme", name,
        "one of " + java.util.Arrays.toString(values()));
  }

  /**
   * Returns the physical columns each bit slice of one weight occupies: 2 for a differential pair
   * (its polarities), 1 for the offset scheme. The simulator's tiling and the cost model both read
   * this.
   */
  public int columnsPerSlice() {
    return isDifferential() ? 2 : 1;
  }

  /** Returns true for the two differential pairs (the sign is carried by the polarity). */
  public boolean isDifferential() {
    return this != OFFSET_REFERENCE_COLUMN;
  }

  /** Returns true if a zero weight is stored at Gmax rather than Gmin. */
  public boolean zeroAtGmax() {
    return this == DIFFERENTIAL_PAIR_ZERO_AT_GMAX;
  }

  /** Returns the reference columns each tile reserves: 1 for the offset scheme, 0 for a pair. */
  public int referenceColumnsPerTile() {
    return this == OFFSET_REFERENCE_COLUMN ? 1 : 0;
  }

  /**
   * Returns the bit slices per weight and polarity, the one formula of the toolkit: a differential
   * pair carries the sign in its polarity, so {@code ceil((weightBits - 1) / cellBits)}; the offset
   * scheme stores all bits, {@code ceil(weightBits / cellBits)}.
   *
   * @param weightBits weight precision in bits, at least 1
   * @param cellBits bits per cell, at least 1
   */
  public int slices(int weightBits, int cellBits) {
    int bits = isDifferential() ? weightBits - 1 : weightBits;
    return (bits + cellBits - 1) / cellBits;
  }
}
