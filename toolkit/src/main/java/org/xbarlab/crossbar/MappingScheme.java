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
   * One cell per slice holding the digits of {@code W + offset} ({@code offset = 2^(weightBits-1)-1});
   * one reference column per tile at Gmin is subtracted from every column in analog, and
   * {@code offset * sum(inputs)} is subtracted digitally after the ADC. Uses
   * {@code ceil(weightBits/cellBits)} slices.
   */
  OFFSET_REFERENCE_COLUMN
}
