"""Execute XbarLab notebooks headlessly with the installed Java kernel and measure them.

Used by both the main job (scripts/run_notebooks.py) and the notebook tests
(scripts/tests/test_notebooks.py), so what CI checks is what users run.
"""
import copy
import os
import threading
import time
from dataclasses import dataclass, field

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

KERNEL_NAME = "xbarlab"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
CELL_TIMEOUT_S = 1800
STARTUP_TIMEOUT_S = 240


@dataclass
class RunResult:
    name: str
    ok: bool
    executed: object  # nbformat.NotebookNode
    runtime_s: float
    first_output_s: float
    peak_rss_mb: float
    error: str = ""
    outputs: list = field(default_factory=list)


def _java_rss_bytes():
    """Resident memory of every Java process started by this Python process (the kernel)."""
    try:
        import psutil
    except ImportError:
        return 0
    total = 0
    for child in psutil.Process().children(recursive=True):
        try:
            if "java" in child.name():
                total += child.memory_info().rss
        except psutil.Error:
            pass
    return total


class _PeakSampler(threading.Thread):
    def __init__(self, interval_s=0.5):
        super().__init__(daemon=True)
        self.interval_s = interval_s
        self.peak = 0
        self._stop_event = threading.Event()

    def run(self):
        while not self._stop_event.is_set():
            self.peak = max(self.peak, _java_rss_bytes())
            self._stop_event.wait(self.interval_s)

    def stop(self):
        self._stop_event.set()
        self.join()


def execute(path, profile="quick", workdir=None):
    """Execute one notebook; never raises on a failing cell (the result says what failed)."""
    nb = nbformat.read(path, as_version=4)
    run = copy.deepcopy(nb)
    env_profile = os.environ.get("XBARLAB_PROFILE")
    os.environ["XBARLAB_PROFILE"] = profile
    client = NotebookClient(run, kernel_name=KERNEL_NAME, timeout=CELL_TIMEOUT_S,
                            startup_timeout=STARTUP_TIMEOUT_S, record_timing=True,
                            resources={"metadata": {"path": workdir or os.path.dirname(os.path.abspath(path))}})
    sampler = _PeakSampler()
    sampler.start()
    start = time.time()
    ok, error = True, ""
    try:
        client.execute()
    except CellExecutionError as e:
        ok, error = False, str(e)
    except Exception as e:  # kernel died, timeout: report, do not hide
        ok, error = False, "%s: %s" % (type(e).__name__, e)
    finally:
        runtime = time.time() - start
        sampler.stop()
        if env_profile is None:
            os.environ.pop("XBARLAB_PROFILE", None)
        else:
            os.environ["XBARLAB_PROFILE"] = env_profile
    return RunResult(name=os.path.basename(path), ok=ok, executed=run, runtime_s=runtime,
                     first_output_s=_first_output_seconds(run, start), peak_rss_mb=sampler.peak / 2**20,
                     error=error)


def _first_output_seconds(nb, start):
    """Seconds from kernel start-up to the first code cell's reply (kernel start + first cell)."""
    from datetime import datetime
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        stamp = cell.get("metadata", {}).get("execution", {}).get("shell.execute_reply")
        if stamp:
            t = datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
            return t - start
        return float("nan")
    return float("nan")


def outputs_of(nb):
    for cell in nb.cells:
        if cell.cell_type == "code":
            for out in cell.get("outputs", []):
                yield out


def has_plotly_figure(nb):
    return any(PLOTLY_MIME in out.get("data", {}) for out in outputs_of(nb))


def has_html_table(nb):
    return any("<table" in str(out.get("data", {}).get("text/html", "")) for out in outputs_of(nb))


def error_outputs(nb):
    return [out for out in outputs_of(nb) if out.get("output_type") == "error"]


def write_html(nb, path):
    from nbconvert import HTMLExporter
    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_notebook_node(nb)
    with open(path, "w", encoding="utf-8") as f:
        f.write(body)
