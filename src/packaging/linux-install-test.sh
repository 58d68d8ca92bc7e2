#!/bin/sh
# The Linux installer test, to run before a release (it installs a package system-wide, so it is not part of
# mvn verify or CI): builds the .deb with its own Java runtime, installs it, runs the installed command line,
# starts the installed program under Xvfb on the bundled sample until its themes are found, takes a screenshot
# (docs/screenshots/installed-linux.png), removes the package and checks nothing is left. Prints the sizes.
# Needs: root (or sudo), dpkg, fakeroot, xvfb-run, ImageMagick's import, libgtk-3-0; after `mvn package`.
#   src/packaging/linux-install-test.sh
set -eu
root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
cd "$root"
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
fail() { echo "linux-install-test: FAILED: $*" >&2; exit 1; }
for tool in dpkg xvfb-run import fakeroot; do
  command -v $tool >/dev/null 2>&1 || fail "$tool is not installed"
done

src/packaging/package.sh deb
deb=$(ls target/installer/civicthemes_*_amd64.deb)
$sudo dpkg --purge civicthemes >/dev/null 2>&1 || true
# A desktop has these; a bare build machine or container may not, and xdg-desktop-menu then refuses the menu entry.
$sudo mkdir -p /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories
# apt installs what the package depends on (GTK, xdg-utils) as an analyst's `apt install ./FILE.deb` would
if command -v apt-get >/dev/null 2>&1; then
  $sudo apt-get install -y -q "$root/$deb" >/dev/null || fail "apt-get install $deb"
else
  $sudo dpkg -i "$deb" || fail "dpkg -i $deb"
fi

work=$(mktemp -d)
trap '$sudo dpkg --purge civicthemes >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export HOME="$work/home"
mkdir -p "$HOME"
unset JAVA_HOME CIVIC_THEMES_JAVA_OPTS
# Java takes its user.home from the account, not $HOME: the log and the cache follow these instead.
export XDG_STATE_HOME="$HOME/.local/state" XDG_CACHE_HOME="$HOME/.cache"

# The menu entry hands a double-clicked or "Open with" file to the program.
grep -q '^Exec=/opt/civicthemes/bin/CivicThemes %f$' /opt/civicthemes/lib/civicthemes-CivicThemes.desktop \
  || fail "the menu entry does not pass the file it opens"
grep -q 'text/csv' /opt/civicthemes/lib/civicthemes-CivicThemes.desktop || fail "no Open with for .csv"

# The command line, on the PATH, with the installed runtime (no Java needed).
expected=$(sed -n 's/^version=//p' target/classes/org/civicthemes/workflow/build.properties)
[ "$(command -v civic-themes)" = /usr/bin/civic-themes ] || fail "civic-themes is not on the PATH"
[ "$(civic-themes --version)" = "civic-themes $expected" ] || fail "civic-themes --version: $(civic-themes --version)"
civic-themes generate-sample "$work/small.csv" --rows 400 --seed 7 >/dev/null || fail "generate-sample"
civic-themes analyze "$work/small.csv" --out "$work/out" --k 5 >/dev/null || fail "analyze (with meaning)"
[ -s "$work/out/summary.xlsx" ] && [ -s "$work/out/themes.json" ] || fail "analyze wrote no summary"
grep -Eq '"status" *: *"on"' "$work/out/themes.json" || fail "the sentence model did not run on the installed runtime"

# The window, from the menu entry's command, on the bundled sample.
log="$HOME/.local/state/civicthemes/logs/civic-themes.log"
shot=docs/screenshots/installed-linux.png
xvfb-run -a -s "-screen 0 1400x800x24" sh -c '
  /opt/civicthemes/bin/CivicThemes &
  app=$!
  waited=0
  until grep -q "Found [0-9]* themes" "$1" 2>/dev/null; do
    sleep 2; waited=$((waited + 2))
    [ $waited -lt 300 ] || { kill $app; exit 1; }
    kill -0 $app 2>/dev/null || exit 1
  done
  sleep 5
  import -window root "$2"
  kill $app' sh "$log" "$shot" || fail "the installed program did not show the sample's themes (log: $(cat "$log" 2>/dev/null))"
grep -q "/opt/civicthemes/lib/runtime" "$log" || fail "the program did not run on the installed runtime"
grep -q "Uncaught failure" "$log" && fail "the log has an uncaught failure: $(cat "$log")"

# The sizes, then the removal.
installer=$(stat -c %s "$deb")
installed=$(du -sb /opt/civicthemes | cut -f1)
jar=$(stat -c %s target/civic-themes.jar)
$sudo dpkg --purge civicthemes >/dev/null || fail "dpkg --purge"
[ ! -e /opt/civicthemes ] || fail "/opt/civicthemes is left after removal"
[ ! -e /usr/bin/civic-themes ] || fail "/usr/bin/civic-themes is left after removal"
printf 'linux-install-test: passed. installer %s bytes, installed folder %s bytes, jar %s bytes, screenshot %s\n' \
  "$installer" "$installed" "$jar" "$shot"
