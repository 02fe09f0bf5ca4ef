package org.xbarlab.notebook;

import java.util.Locale;
import org.xbarlab.ConfigException;

/**
 * The run profile of a notebook, read from the environment because papermill cannot parameterise
 * Java notebooks: {@code XBARLAB_PROFILE=quick} (the default: minutes on 2 cores, small data) or
 * {@code full} (paper scale).
 *
 * <pre>{@code
 * Profile profile = Profile.fromEnv();
 * int epochs = profile.pick(2, 30);
 * }</pre>
 */
public enum Profile {
  /** Minutes on 2 cores: data subsets, few epochs, few Monte-Carlo runs. */
  QUICK,
  /** Paper scale: full data, full training, many Monte-Carlo runs. */
  FULL;

  /** The environment variable that selects the profile. */
  public static final String ENV = "XBARLAB_PROFILE";

  /** Returns the profile named by {@value #ENV}, {@link #QUICK} when it is unset or empty. */
  public static Profile fromEnv() {
    return parse(System.getenv(ENV));
  }

  /** Returns the profile for a name ({@code quick} or {@code full}, any case; null/empty = quick). */
  public static Profile parse(String name) {
    if (name == null || name.isBlank()) {
      return QUICK;
    }
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "quick" -> QUICK;
      case "full" -> FULL;
      default -> throw new ConfigException(ENV, name, "quick or full");
    };
  }

  /** Returns {@code quick} under the quick profile and {@code full} under the full one. */
  public <T> T pick(T quick, T full) {
    return this == QUICK ? quick : full;
  }

  /** Returns {@code quick} under the quick profile and {@code full} under the full one. */
  public int pick(int quick, int full) {
    return this == QUICK ? quick : full;
  }

  /** Returns {@code quick} under the quick profile and {@code full} under the full one. */
  public double pick(double quick, double full) {
    return this == QUICK ? quick : full;
  }
}
