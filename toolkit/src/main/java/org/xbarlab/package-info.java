/**
 * XbarLab: design robust ReRAM-crossbar accelerators for DNN inference. This root package holds
 * what every stage shares: the exception hierarchy, seeded randomness and the column names of
 * every table ({@link org.xbarlab.Columns}). The stages, in data-flow order: {@code data -> nn ->
 * device/noise -> crossbar -> train/remap/fault -> cost -> optimize -> nax}, with {@code notebook}
 * (display) on top.
 */
package org.xbarlab;
