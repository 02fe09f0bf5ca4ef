"""Tiny helper to write a notebook from (kind, source) pairs with the XbarLab kernelspec, no outputs."""
import nbformat


def write(path, cells):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "xbarlab", "display_name": "XbarLab (Java 17)", "language": "java"}
    nb.metadata["language_info"] = {"name": "java", "file_extension": ".jshell", "mimetype": "text/x-java-source"}
    for kind, src in cells:
        src = src.strip("\n")
        nb.cells.append(nbformat.v4.new_markdown_cell(src) if kind == "md" else nbformat.v4.new_code_cell(src))
    for i, c in enumerate(nb.cells):
        c["id"] = "cell-%02d" % i
    nbformat.validate(nb)
    nbformat.write(nb, path)
