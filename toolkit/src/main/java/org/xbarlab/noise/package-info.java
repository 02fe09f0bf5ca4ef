/**
 * Pipeline stage "noise": non-idealities of a programmed crossbar — per-read stochastic noise
 * (thermal, shot, programming, random telegraph), cycle-to-cycle and device-to-device variation,
 * stuck-at fault maps, and line (wire) resistance with an exact nodal solver and a first-order
 * model. Every stochastic method takes a {@link org.xbarlab.RandomSource}. Imports only
 * {@code org.xbarlab} and {@code org.xbarlab.device}.
 */
package org.xbarlab.noise;
