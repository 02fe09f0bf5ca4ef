"""Install the "XbarLab (Java 17)" Jupyter kernelspec into the current Python environment.

It reuses the JJava kernel jars installed by `pip install jjava` and puts the toolkit jar and its
runtime dependencies on the kernel's classpath at start (JJAVA_CLASSPATH), with JVM heap and ND4J
off-heap limits that keep a quick-profile notebook inside 2 GB (Binder's budget). Notebooks then
need no %maven downloads.
"""
import argparse
import glob
import json
import os
import shutil
import sys

KERNEL_NAME = "xbarlab"
DISPLAY_NAME = "XbarLab (Java 17)"
# Heap for tables and datasets; ND4J's native arrays live off-heap, capped separately. DL4J's
# oneDNN layer helpers on (M2.1 ships them off; see org.xbarlab.nn.NativeHelpers): 4-8x faster.
JVM_OPTS = ("-Xmx640m -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m "
            "-Dorg.bytedeco.javacpp.maxbytes=512m -Dorg.bytedeco.javacpp.maxphysicalbytes=1500m "
            "-Dorg.eclipse.deeplearning4j.helpers.disable=false")


def jjava_kernel_dir():
    for base in [sys.prefix, os.path.expanduser("~/.local")]:
        d = os.path.join(base, "share", "jupyter", "kernels", "java")
        if os.path.isfile(os.path.join(d, "jjava.jar")):
            return d
    raise SystemExit("JJava is not installed in %s: pip install jjava==1.0a8" % sys.prefix)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--project", required=True, help="XbarLab project root")
    args = ap.parse_args()
    root = os.path.abspath(args.project)
    jars = sorted(glob.glob(os.path.join(root, "toolkit", "target", "xbarlab-toolkit-*.jar")))
    jars = [j for j in jars if not j.endswith(("-sources.jar", "-tests.jar"))]
    if not jars:
        raise SystemExit("no toolkit jar under %s/toolkit/target: build it with mvn package" % root)
    src = jjava_kernel_dir()
    dest = os.path.join(sys.prefix, "share", "jupyter", "kernels", KERNEL_NAME)
    os.makedirs(dest, exist_ok=True)
    for name in ("jjava.jar", "jjava-launcher.jar"):
        shutil.copy2(os.path.join(src, name), os.path.join(dest, name))
    classpath = os.pathsep.join([jars[0], os.path.join(root, "toolkit", "target", "lib", "*.jar")])
    spec = {
        "argv": ["java", "-jar", "{resource_dir}/jjava-launcher.jar", "{resource_dir}/jjava.jar",
                 "{connection_file}"],
        "display_name": DISPLAY_NAME,
        "language": "java",
        "interrupt_mode": "message",
        "env": {
            "JJAVA_CLASSPATH": classpath,
            "JJAVA_JVM_OPTS": JVM_OPTS,
            "JJAVA_STARTUP_SCRIPT": "import org.xbarlab.notebook.*; import tech.tablesaw.api.*;",
            "XBARLAB_HOME": root,
        },
        "metadata": {"debugger": False},
    }
    with open(os.path.join(dest, "kernel.json"), "w") as f:
        json.dump(spec, f, indent=2)
    print("[xbarlab] kernel '%s' installed in %s" % (DISPLAY_NAME, dest))


if __name__ == "__main__":
    main()
