/**
 * Pipeline stage "device": the ReRAM cell itself — its conductance range and the level grid a
 * multi-bit cell is programmed to. Imports only {@code org.xbarlab}; used by {@code noise} and
 * {@code crossbar}.
 */
package org.xbarlab.device;
