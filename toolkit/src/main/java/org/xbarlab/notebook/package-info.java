/**
 * Stage "display", on top of every other stage: shows Tablesaw tables, Plotly figures and progress
 * in a JJava (or IJava) notebook, and as plain text anywhere else. Nothing imports this package.
 *
 * <p>Figures are a small model serialised to Plotly JSON ({@code title: {text: ...}} objects, valid
 * for plotly.js 2 and 3) and published as a MIME bundle: {@code application/vnd.plotly.v1+json}
 * (rendered by JupyterLab's Plotly extension even in untrusted notebooks), self-contained
 * {@code text/html} (plotly.js inlined once per kernel session, no CDN; used by HTML reports) and
 * {@code text/plain}.
 */
package org.xbarlab.notebook;
