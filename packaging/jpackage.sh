#!/usr/bin/env bash
# Builds a trimmed Java runtime, the self-contained app image and, on request, the installers of this platform,
# from the runnable jar:
#   mvn -Ppackage package                                          app image only
#   mvn -Ppackage package -Djpackage.types="app-image deb rpm"     Linux installers too (msi exe on Windows, dmg pkg on macOS)
#   mvn package && TYPE="deb rpm" packaging/jpackage.sh            the same without Maven's packaging profile
# Output in target/dist/: the app image (ogi-review/ on Linux, "OGI Report Review" or "OGI Report Review.app"
# elsewhere) and the installers beside it. Needs JDK 17+ (jdeps, jlink, jpackage); a .deb needs dpkg-deb and
# fakeroot, an .rpm rpmbuild, .msi/.exe the WiX Toolset 3, .dmg/.pkg the macOS command-line tools.
# Why each option is set: docs/decisions/0160-installers-and-trimmed-runtime.md.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/ogi-review.jar
[ -f "$jar" ] || { echo "missing $jar: run mvn package first" >&2; exit 1; }

version=${VERSION:-$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)}
version=${version%-SNAPSHOT}
types=${TYPE:-app-image}
case "$(uname -s)" in
  Darwin) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=win ;;
  *) os=linux ;;
esac

# Icons: the .ico and .icns are made from icons/*.png at every build (icons/IconFiles.java).
java icons/IconFiles.java icons target/icons
case $os in
  mac) icon=target/icons/ogi-review.icns ;;
  win) icon=target/icons/ogi-review.ico ;;
  *) icon=icons/ogi-review-256.png ;;
esac

# The runtime: only the JDK modules the jar uses (jdeps), plus those it reaches through services that jdeps
# cannot see: jdk.charsets (GB18030, GBK, Big5 reports), jdk.localedata (Chinese dates and numbers; en and zh
# only), jdk.zipfs (zip file systems).
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar" | tr -d '\r')
modules="$modules,jdk.charsets,jdk.localedata,jdk.zipfs"
echo "runtime modules: $modules"
rm -rf target/runtime target/dist target/jpackage-input target/jpackage-resources
jlink --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
      --strip-native-commands --compress=2 --output target/runtime
echo "$modules" | tr ',' '\n' > target/runtime-modules.txt
if [ $os = linux ] && command -v strip >/dev/null; then
  # Debian's and most distributions' JDKs keep the symbol tables in their libraries (libjvm.so alone: 4 MB).
  find target/runtime -name '*.so' -exec strip --strip-unneeded {} +
fi

mkdir -p target/jpackage-input target/dist
cp "$jar" target/jpackage-input/
description="Review desk for Chinese government information disclosure annual reports"
vendor="OGI Report Review"
app_version=$version
if [ $os = mac ]; then
  # macOS refuses a bundle version whose first number is 0. major*100+minor.patch keeps every later version
  # (1.0.0 -> 100.0) above every earlier one, so an installed copy is always replaced by a newer one.
  IFS=. read -r major minor patch <<< "$version"
  app_version="$((major * 100 + ${minor:-0})).${patch:-0}"
fi
if [ $os = linux ]; then
  name=ogi-review            # the launcher /opt/ogi-review/bin/ogi-review; menus show the desktop entry's Name
else
  name="OGI Report Review"
fi
common=(--name "$name" --app-version "$app_version" --vendor "$vendor" --description "$description"
        --dest target/dist)
if [ $os = mac ]; then
  common+=(--mac-package-identifier org.ogireview.desk --mac-package-name "OGI Report Review")
fi

jpackage --type app-image "${common[@]}" --icon "$icon" --copyright "© OGI Report Review contributors" \
         --input target/jpackage-input --main-jar ogi-review.jar \
         --main-class org.ogireview.Launcher --runtime-image target/runtime \
         --java-options "-Xmx1g -Dfile.encoding=UTF-8"
image=$(find target/dist -mindepth 1 -maxdepth 1 | head -1)
echo "app image: $image ($(du -sm "$image" | cut -f1) MB)"

for type in $types; do
  [ "$type" = app-image ] && continue
  args=(--type "$type" --app-image "$image" "${common[@]}")
  if [ "$type" = deb ] || [ "$type" = rpm ]; then
    # Our desktop entry (categories, StartupWMClass), and package scripts that install it without xdg-utils.
    mkdir -p target/jpackage-resources/linux
    cp packaging/linux/* target/jpackage-resources/linux/
    args+=(--linux-package-name ogi-review --linux-shortcut --linux-menu-group "Office;Education;"
           --resource-dir target/jpackage-resources/linux --icon "$icon")
  fi
  case $type in
    deb)
      args+=(--linux-deb-maintainer "maintainers@ogireview.org" --linux-app-category education
             --linux-package-deps "libgtk-3-0, fonts-wqy-microhei | fonts-noto-cjk")
      ;;
    rpm)
      args+=(--linux-app-category "Applications/Office"
             --linux-package-deps "gtk3, (wqy-microhei-fonts or google-noto-sans-cjk-fonts or google-noto-sans-cjk-ttc-fonts)")
      ;;
    msi|exe)
      # A fixed upgrade code: a newer installer replaces the installed version in place. Per-user install: no
      # administrator rights needed; the program goes to %LOCALAPPDATA%, the database stays in %APPDATA%.
      args+=(--win-upgrade-uuid 6f0c3c1e-6b8e-4d47-9d0a-0a1e0b5e2c15 --win-per-user-install --win-dir-chooser
             --win-menu --win-menu-group "OGI Report Review" --win-shortcut)
      ;;
    dmg|pkg) ;;
    *) echo "unknown installer type: $type" >&2; exit 2 ;;
  esac
  jpackage "${args[@]}" ${VERBOSE:+--verbose}
done
ls -l target/dist
