package org.xbarlab;

/**
 * Root of every exception the toolkit throws on purpose, so a notebook can catch "our" errors
 * apart from bugs. Messages name the offending value and how to fix it.
 */
public class XbarLabException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that names the bad value and the valid range or fix. */
  public XbarLabException(String message) {
    super(message);
  }

  /** Creates an exception that wraps the low-level cause (an I/O error, a native failure). */
  public XbarLabException(String message, Throwable cause) {
    super(message, cause);
  }
}
