#!/usr/bin/env bash
# Builds the Linux packages and proves, on this machine, that they install, start and uninstall as a user needs:
#   packaging/linux-install-check.sh            build (offline, -Ppackage) then check
#   NO_BUILD=1 packaging/linux-install-check.sh check the packages already in target/dist
# Needs root (apt-get), Xvfb, xdotool, xprop (x11-utils), ImageMagick's import, and rpm and cpio for the .rpm. It installs
# the .deb system-wide with apt-get (which pulls its Depends), starts it under Xvfb with a fresh home folder,
# checks the window's WM class against the desktop entry, takes a screenshot, quits with Ctrl+Q, uninstalls the
# package and checks that the user's database is still there. The .rpm is installed into a scratch root (no
# dependency resolution on Debian) and its launcher runs a headless command and a window screenshot there.
# Everything it prints is also in target/install-check/log.txt; the screenshot is target/install-check/deb.png.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/install-check
rm -rf "$out"
mkdir -p "$out"
exec > >(tee "$out/log.txt") 2>&1
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*"; exit 1; }
apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"; }

if [ -z "${NO_BUILD:-}" ]; then
  step "build: mvn -o -Ppackage package (offline: the packaging profile needs nothing beyond the plain build)"
  mvn -o -B -q -DskipTests -Ppackage -Djpackage.types="app-image deb rpm" package
fi
deb=$(ls target/dist/ogi-review_*.deb)
rpm=$(ls target/dist/ogi-review-*.rpm 2>/dev/null || true)
image=target/dist/ogi-review
step "sizes"
echo "app image: $(du -sm "$image" | cut -f1) MB ($(du -sb "$image" | cut -f1) bytes); runtime modules:"
paste -sd' ' target/runtime-modules.txt
ls -l "$deb" $rpm
[ "$(du -sm "$image" | cut -f1)" -lt 90 ] || fail "app image is 90 MB or more"

step "deb control"
dpkg-deb -f "$deb" Package Version Maintainer Section Depends
dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail "no libgtk-3-0 in Depends"
dpkg-deb -f "$deb" Depends | grep -q 'fonts-wqy-microhei | fonts-noto-cjk' || fail "no CJK font in Depends"
dpkg-deb -f "$deb" Maintainer | grep -vq Unknown || fail "maintainer unknown"
desktop=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/ogi-review/lib/ogi-review-ogi-review.desktop)
echo "$desktop"
grep -qx 'Categories=Office;Education;' <<< "$desktop" || fail "desktop entry categories"
wmclass=$(sed -n 's/^StartupWMClass=//p' <<< "$desktop")
[ -n "$wmclass" ] || fail "no StartupWMClass"

if [ -n "$rpm" ]; then
  step "rpm header"
  rpm -qp --qf 'Name: %{NAME}\nVersion: %{VERSION}-%{RELEASE}\nVendor: %{VENDOR}\nGroup: %{GROUP}\nLicense: %{LICENSE}\n' "$rpm"
  echo "Requires:"; rpm -qp --requires "$rpm" | sed 's/^/  /'
  rpm -qp --requires "$rpm" | grep -q '^gtk3' || fail "rpm does not require gtk3"
  rpm -qp --requires "$rpm" | grep -q 'wqy-microhei-fonts or' || fail "rpm does not require a CJK font"
  rpm2cpio "$rpm" | (cd "$out" && cpio -id --quiet './opt/ogi-review/lib/ogi-review-ogi-review.desktop')
  diff <(echo "$desktop") "$out/opt/ogi-review/lib/ogi-review-ogi-review.desktop" && echo "rpm desktop entry: same as the deb's"
fi

step "what apt-get install pulls on a minimal Debian (only the Priority: required packages installed)"
# The dpkg status of this machine cut down to the packages a minimal (debootstrap minbase) system has.
awk -v RS= -v ORS='\n\n' '/\nPriority: required\n/ && /\nStatus: install ok installed\n/' /var/lib/dpkg/status \
  > "$out/minimal-status"
echo "$(grep -c '^Package:' "$out/minimal-status") packages in the minimal system"
apt-get -s -o Debug::NoLocking=1 -o Dir::State::status="$out/minimal-status" install "./$deb" > "$out/minimal-install.txt"
grep '^Inst' "$out/minimal-install.txt" | wc -l | sed 's/$/ packages to install, among them:/'
grep -E '^Inst (libgtk-3-0|fonts-wqy-microhei|fonts-noto-cjk|ogi-review) ' "$out/minimal-install.txt"
grep -q '^Inst libgtk-3-0 ' "$out/minimal-install.txt" || fail "GTK 3 not pulled"
grep -Eq '^Inst (fonts-wqy-microhei|fonts-noto-cjk) ' "$out/minimal-install.txt" || fail "no CJK font pulled"

step "apt-get install ./$deb (this machine)"
# Whatever happens next, leave no half-installed package behind on this machine.
trap 'dpkg -s ogi-review >/dev/null 2>&1 && dpkg --purge ogi-review >/dev/null 2>&1; true' EXIT
apt_get install -y "./$deb"
dpkg -s ogi-review | grep -E '^(Status|Version)'
dpkg -s ogi-review | grep -q '^Status: install ok installed' || fail "package not configured"
[ -f /usr/share/applications/ogi-review.desktop ] || fail "no menu entry in /usr/share/applications"
echo "menu entry: /usr/share/applications/ogi-review.desktop"
launcher=/opt/ogi-review/bin/ogi-review

step "first start under Xvfb, fresh home folder"
home=$(mktemp -d /tmp/ogi-review-home.XXXX)
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > "$out/xvfb.log" 2>&1 &
xvfb=$!
app=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null
  kill "$xvfb" 2>/dev/null || true
  dpkg -s ogi-review >/dev/null 2>&1 && dpkg --purge ogi-review >/dev/null 2>&1
  true
}
trap cleanup EXIT
sleep 2
# Java takes user.home from the password file, not $HOME: point it at the fresh folder. A Chinese desktop: the
# window follows the system's language at first start (set through Java, as the zh_CN locale of the C library
# may not be generated here).
zh="-Duser.language=zh -Duser.country=CN"
DISPLAY=$display JAVA_TOOL_OPTIONS="-Duser.home=$home $zh" "$launcher" > "$out/app.log" 2>&1 &
app=$!
window=
for _ in $(seq 1 120); do
  window=$(DISPLAY=$display xdotool search --onlyvisible --class "$wmclass" 2>/dev/null | tail -1 || true)
  [ -n "$window" ] && break
  kill -0 "$app" 2>/dev/null || { cat "$out/app.log"; fail "the app exited before showing its window"; }
  sleep 1
done
[ -n "$window" ] || fail "no window with WM class $wmclass after 120 s"
DISPLAY=$display xprop -id "$window" WM_CLASS _NET_WM_NAME
DISPLAY=$display xprop -id "$window" WM_CLASS | grep -q "\"$wmclass\"" || fail "WM class does not match StartupWMClass"
# The bundled sample reports load into the new database: wait until it stops growing, then open the first one.
db="$home/.ogi-review/ogi-review.mv.db"
last=-1; still=0
for _ in $(seq 1 180); do
  size=$(stat -c %s "$db" 2>/dev/null || echo 0)
  if [ "$size" -gt 0 ] && [ "$size" = "$last" ]; then still=$((still + 1)); else still=0; fi
  [ $still -ge 8 ] && break
  last=$size; sleep 1
done
[ -f "$db" ] || fail "no database at $db"
echo "database: $db ($(stat -c %s "$db") bytes)"
DISPLAY=$display xdotool windowactivate --sync "$window" 2>/dev/null || DISPLAY=$display xdotool windowfocus "$window"
DISPLAY=$display xdotool key --window "$window" ctrl+Next   # the next report: the first in the list
sleep 5
DISPLAY=$display import -window root "$out/deb.png"
echo "screenshot: $out/deb.png"

step "quit with Ctrl+Q"
DISPLAY=$display xdotool windowactivate --sync "$window" 2>/dev/null || DISPLAY=$display xdotool windowfocus "$window"
DISPLAY=$display xdotool key --window "$window" ctrl+q
for _ in $(seq 1 30); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
if kill -0 "$app" 2>/dev/null; then kill "$app"; fail "the app did not quit on Ctrl+Q"; fi
wait "$app" && echo "exit status 0"

step "uninstall: apt-get remove ogi-review"
apt_get remove -y ogi-review
[ ! -e /opt/ogi-review ] || fail "/opt/ogi-review left behind"
[ ! -e /usr/share/applications/ogi-review.desktop ] || fail "menu entry left behind"
[ -f "$db" ] || fail "the user's database was removed"
echo "after uninstall the user's database is still there: $db ($(stat -c %s "$db") bytes)"

if [ -n "$rpm" ]; then
  step "rpm: install into a scratch root and run the launcher there"
  root=$(mktemp -d /tmp/ogi-review-rpmroot.XXXX)
  rpm --root "$root" --initdb
  rpm --root "$root" -i --nodeps --noscripts "$rpm"
  rpm --root "$root" -q ogi-review
  "$root/opt/ogi-review/bin/ogi-review" extract src/test/resources/samples/hongze-2023.pdf > "$out/rpm-extract.csv"
  echo "extract from the rpm's launcher: $(($(wc -l < "$out/rpm-extract.csv") - 1)) figures"; head -3 "$out/rpm-extract.csv"
  DISPLAY=$display JAVA_TOOL_OPTIONS="-Duser.home=$home" "$root/opt/ogi-review/bin/ogi-review" --screenshot "$out/rpm.png" --size 1280x800
  [ -s "$out/rpm.png" ] || fail "the rpm's app took no screenshot"
  rm -rf "$root"
fi
rm -rf "$home"
step "all checks passed"
