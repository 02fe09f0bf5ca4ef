package org.xbarlab;

/**
 * A checkpoint or run log that cannot be resumed: written by a different configuration, or
 * damaged beyond its last complete record.
 */
public final class ResumeException extends XbarLabException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the file and the mismatch. */
  public ResumeException(String message) {
    super(message);
  }

  /** Creates the exception wrapping an I/O cause. */
  public ResumeException(String message, Throwable cause) {
    super(message, cause);
  }
}
