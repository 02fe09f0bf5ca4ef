"""Every curated notebook, executed headlessly by the installed XbarLab kernel, as a test."""
import glob
import json
import os
import re
import sys

import nbformat
import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import notebook_runner  # noqa: E402

NOTEBOOKS = sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
OUT = os.path.join(ROOT, "build", "test-notebooks")


def test_there_are_curated_notebooks():
    assert NOTEBOOKS, "no notebooks under notebooks/"


def test_kernelspec_is_installed_with_toolkit_classpath():
    from jupyter_client.kernelspec import KernelSpecManager
    spec = KernelSpecManager().get_kernel_spec(notebook_runner.KERNEL_NAME)
    cp = spec.env["JJAVA_CLASSPATH"]
    jar = cp.split(os.pathsep)[0]
    assert os.path.isfile(jar), "kernel classpath names a missing toolkit jar: %s" % jar
    assert cp.endswith(os.path.join("toolkit", "target", "lib", "*.jar"))
    assert "-Xmx" in spec.env["JJAVA_JVM_OPTS"] and "maxphysicalbytes" in spec.env["JJAVA_JVM_OPTS"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[os.path.basename(p) for p in NOTEBOOKS])
def test_notebook_is_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not dirty, "cells %s carry outputs; strip them before committing" % dirty
    assert nb.metadata["kernelspec"]["name"] == notebook_runner.KERNEL_NAME


MAX_CELL_LINES = 10


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[os.path.basename(p) for p in NOTEBOOKS])
def test_code_cells_are_thin(path):
    """Every code cell has at most 10 non-blank lines apart from imports: the toolkit does the work."""
    nb = nbformat.read(path, as_version=4)
    fat = {}
    for i, c in enumerate(nb.cells):
        if c.cell_type == "code":
            lines = [l for l in c.source.splitlines() if l.strip() and not l.startswith("import ")]
            if len(lines) > MAX_CELL_LINES:
                fat[i] = len(lines)
    assert not fat, "cells (index: lines) longer than %d lines: %s" % (MAX_CELL_LINES, fat)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[os.path.basename(p) for p in NOTEBOOKS])
def test_notebook_shows_paper_vs_measured_in_one_call(path):
    """A toolkit call builds the paper-vs-measured table; the cell only shows it."""
    if os.path.basename(path).startswith("00"):
        pytest.skip("the quickstart reproduces no paper")
    nb = nbformat.read(path, as_version=4)
    call = re.compile(r"^Notebook\.show\([\w.]*(paperVsMeasured|comparison)\(")
    lines = [l.strip() for c in nb.cells if c.cell_type == "code" for l in c.source.splitlines()]
    assert any(call.match(l) for l in lines), "no Notebook.show(...paperVsMeasured(...)) line"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[os.path.basename(p) for p in NOTEBOOKS])
def test_notebook_executes_and_shows_a_table_and_a_figure(path):
    result = notebook_runner.execute(path, profile="quick")
    os.makedirs(OUT, exist_ok=True)
    nbformat.write(result.executed, os.path.join(OUT, os.path.basename(path)))
    with open(os.path.join(OUT, os.path.basename(path) + ".timing.json"), "w") as f:
        json.dump({"runtime_s": result.runtime_s, "first_output_s": result.first_output_s,
                   "peak_rss_MB": result.peak_rss_mb}, f)
    assert result.ok, result.error[-4000:]
    assert not notebook_runner.error_outputs(result.executed)
    assert notebook_runner.has_plotly_figure(result.executed), "no %s output" % notebook_runner.PLOTLY_MIME
    assert notebook_runner.has_html_table(result.executed), "no HTML table output"
