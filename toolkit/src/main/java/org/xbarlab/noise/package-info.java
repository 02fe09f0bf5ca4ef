/**
 * Pipeline stage "noise": non-idealities of a programmed crossbar. Cell effects are small classes
 * behind two interfaces: {@link org.xbarlab.noise.ProgrammingEffect} (stuck-at faults,
 * device-to-device variation, programming error; frozen per chip) and
 * {@link org.xbarlab.noise.ReadEffect} (cycle-to-cycle variation, read noise, random telegraph
 * noise; per read). {@link org.xbarlab.noise.NoiseStack} says which are on, how strongly and in
 * which order ({@link org.xbarlab.noise.NoiseEffect}). Line (wire) resistance has an exact nodal
 * solver and a first-order model. Every stochastic method takes a {@link org.xbarlab.RandomSource}.
 * Imports only {@code org.xbarlab} and {@code org.xbarlab.device}.
 */
package org.xbarlab.noise;
