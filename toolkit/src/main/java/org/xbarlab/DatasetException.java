package org.xbarlab;

/**
 * A dataset that cannot be used: missing (the message says where it looked and how to get it),
 * corrupt, truncated, of the wrong format, or failing its checksum.
 */
public final class DatasetException extends XbarLabException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the file and the problem. */
  public DatasetException(String message) {
    super(message);
  }

  /** Creates the exception wrapping an I/O cause. */
  public DatasetException(String message, Throwable cause) {
    super(message, cause);
  }
}
