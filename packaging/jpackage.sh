#!/usr/bin/env bash
# Builds a self-contained app image (runtime included) from the runnable jar:
#   mvn -Ppackage package     (or: mvn package && packaging/jpackage.sh)
# Output: target/dist/OGI Report Review/  (bin/ launcher, lib/ runtime and jar).
# --type app-image works on every OS without extra tools; pass TYPE=deb|rpm|msi|dmg for an installer where the
# platform's packaging tools are installed.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/ogi-review.jar
[ -f "$jar" ] || { echo "missing $jar: run mvn package first" >&2; exit 1; }
icon=icons/ogi-review-256.png
case "$(uname -s)" in
  Darwin) [ -f icons/ogi-review.icns ] && icon=icons/ogi-review.icns ;;
  MINGW*|MSYS*|CYGWIN*) [ -f icons/ogi-review.ico ] && icon=icons/ogi-review.ico ;;
esac
rm -rf target/dist target/jpackage-input
mkdir -p target/jpackage-input
cp "$jar" target/jpackage-input/
args=(--type "${TYPE:-app-image}" --name "OGI Report Review" --app-version "${VERSION:-0.1.0}"
      --input target/jpackage-input --main-jar ogi-review.jar --main-class org.ogireview.Launcher
      --dest target/dist --java-options "-Xmx1g -Dfile.encoding=UTF-8"
      --description "Review desk for Chinese government information disclosure annual reports"
      --vendor "OGI Report Review")
[ -f "$icon" ] && args+=(--icon "$icon")
jpackage "${args[@]}"
echo "built: target/dist"
