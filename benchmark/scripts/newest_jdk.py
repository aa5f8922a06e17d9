"""The newest JDK under /usr/lib/jvm, for the benchmark scripts that start Java drivers themselves (the default `java`
on these machines is 17; the project needs 21 or later)."""
import os


def newest_jdk():
    best, best_major = None, 0
    for name in os.listdir("/usr/lib/jvm"):
        release = os.path.join("/usr/lib/jvm", name, "release")
        if os.path.exists(release):
            for line in open(release, encoding="utf-8"):
                if line.startswith("JAVA_VERSION="):
                    major = int(line.split('"')[1].split(".")[0])
                    if major > best_major:
                        best, best_major = os.path.join("/usr/lib/jvm", name), major
    return best
