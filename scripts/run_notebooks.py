"""Main job: execute every curated notebook headlessly and write executed copies plus HTML reports.

Outputs (under --out, git-ignored): notebooks/<name>.ipynb (executed), reports/<name>.html,
reports/summary.csv and reports/summary.md (runtime, kernel start to first output, peak memory).
"""
import argparse
import csv
import glob
import os
import sys

import nbformat

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import notebook_runner  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--project", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--profile", default=os.environ.get("XBARLAB_PROFILE", "quick"))
    ap.add_argument("notebooks", nargs="*", help="notebook files (default: every notebooks/*.ipynb)")
    args = ap.parse_args()
    paths = args.notebooks or sorted(glob.glob(os.path.join(args.project, "notebooks", "*.ipynb")))
    nb_dir = os.path.join(args.out, "notebooks")
    rep_dir = os.path.join(args.out, "reports")
    os.makedirs(nb_dir, exist_ok=True)
    os.makedirs(rep_dir, exist_ok=True)
    rows = []
    for path in paths:
        name = os.path.splitext(os.path.basename(path))[0]
        print("[xbarlab] executing %s (profile %s)" % (name, args.profile), flush=True)
        r = notebook_runner.execute(path, profile=args.profile)
        nbformat.write(r.executed, os.path.join(nb_dir, name + ".ipynb"))
        notebook_runner.write_html(r.executed, os.path.join(rep_dir, name + ".html"))
        rows.append({"notebook": name, "status": "ok" if r.ok else "FAILED", "runtime_s": "%.1f" % r.runtime_s,
                     "first_output_s": "%.1f" % r.first_output_s, "peak_rss_MB": "%.0f" % r.peak_rss_mb})
        print("[xbarlab]   %s in %.1f s, first output after %.1f s, peak memory %.0f MB" % (
            rows[-1]["status"], r.runtime_s, r.first_output_s, r.peak_rss_mb), flush=True)
        if not r.ok:
            print(r.error[-3000:], file=sys.stderr)
    with open(os.path.join(rep_dir, "summary.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()) if rows else ["notebook"])
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(rep_dir, "summary.md"), "w") as f:
        f.write("| notebook | status | runtime (s) | kernel start to first output (s) | peak memory (MB) |\n")
        f.write("|---|---|---|---|---|\n")
        for r in rows:
            f.write("| %s | %s | %s | %s | %s |\n" % (r["notebook"], r["status"], r["runtime_s"],
                                                      r["first_output_s"], r["peak_rss_MB"]))
    print("[xbarlab] executed notebooks: %s" % nb_dir)
    print("[xbarlab] HTML reports:       %s" % rep_dir)
    print("[xbarlab] summary:            %s" % os.path.join(rep_dir, "summary.md"))
    sys.exit(0 if all(r["status"] == "ok" for r in rows) else 1)


if __name__ == "__main__":
    main()
