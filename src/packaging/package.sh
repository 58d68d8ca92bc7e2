#!/bin/sh
# Builds the CivicThemes installer for the system it runs on, with its own Java runtime (jpackage, JDK 17+):
#   Linux: target/installer/civicthemes_VERSION_amd64.deb    Windows: .msi (needs the WiX Toolset 3)
#   macOS: .dmg
# and the app folder it installs (target/installer/image). From the repository root, after `mvn package`:
#   src/packaging/package.sh [TYPE]     TYPE: app-image, deb, rpm, msi, exe, dmg, pkg (default: this system's)
# Only Linux was built and tested here (src/packaging/linux-install-test.sh); see docs/decisions/0015.
set -eu
root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
cd "$root"
jar=target/civic-themes.jar
[ -f "$jar" ] || { echo "package.sh: $jar is missing; run mvn package first." >&2; exit 2; }
jpackage=${JAVA_HOME:+$JAVA_HOME/bin/}jpackage
command -v "$jpackage" >/dev/null 2>&1 || { echo "package.sh: jpackage (JDK 17+) not found; set JAVA_HOME to a JDK." >&2; exit 2; }

# The version without -SNAPSHOT: installers want numbers only.
version=$(sed -n 's/^version=//p' target/classes/org/civicthemes/workflow/build.properties)
number=$(printf '%s' "$version" | sed 's/[^0-9.].*$//')
case $(uname -s) in
  Linux) os=linux; type=${1:-deb} ;;
  Darwin) os=macos; type=${1:-dmg} ;;
  *) os=windows; type=${1:-msi} ;;
esac

# Only the Java modules CivicThemes uses (not compressed by jlink: the installer's own compression does better,
# 107 MB against 93 MB for the .deb) (jdeps --print-module-deps on the jar), plus the extra character sets
# for exports in older encodings and the locale data of English and Spanish dates.
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.prefs,java.security.jgss
modules=$modules,java.sql,java.xml,java.xml.crypto,jdk.charsets,jdk.jfr,jdk.localedata,jdk.unsupported,jdk.zipfs

out=target/installer
input=$out/input
rm -rf "$out"
mkdir -p "$input"
cp "$jar" target/civic-themes target/civic-themes.cmd "$input/"

# The jar holds native libraries for every system; an installer needs its own system's only (about half the jar).
# Needs zip; without it (Git Bash on Windows) the jar is installed whole.
slim() {
  if command -v zip >/dev/null 2>&1; then
    zip -q -d "$input/civic-themes.jar" "$@" || [ $? -eq 12 ]
  else
    echo "package.sh: zip not found, the installer keeps the natives of every system" >&2
  fi
}
case $(uname -s) in
  Linux) slim '*.dll' '*.dylib' 'org/civicthemes/ui/natives/*' 'com/sun/glass/ui/win/*' 'com/sun/glass/ui/mac/*' \
           'com/sun/prism/d3d/*' 'ai/onnxruntime/native/linux-aarch64/*' 'native/lib/linux-aarch64/*' ;;
  Darwin) slim '*.dll' '*.so' 'com/sun/glass/ui/win/*' 'com/sun/glass/ui/gtk/*' 'com/sun/prism/d3d/*' ;;
  *) slim '*.so' '*.dylib' 'org/civicthemes/ui/natives/*' 'com/sun/glass/ui/gtk/*' 'com/sun/glass/ui/mac/*' ;;
esac

icon=src/packaging/linux/civic-themes.png
[ "$os" = windows ] && icon=src/packaging/windows/civic-themes.ico
[ "$os" = macos ] && icon=src/packaging/macos/civic-themes.icns

set -- --name CivicThemes --app-version "$number" --vendor "CivicThemes" \
  --description "Groups 311 service requests into themes, on your own computer." \
  --copyright "GPL-3.0-or-later" \
  --input "$input" --main-jar civic-themes.jar --main-class org.civicthemes.Launcher \
  --add-modules "$modules" --jlink-options "--strip-debug --no-man-pages --no-header-files --include-locales=en,es" \
  --icon "$icon" --dest "$out/image"

# Build the app folder first (its size is the installed size), then the installer from it.
"$jpackage" --type app-image "$@"
image=$(find "$out/image" -maxdepth 1 -mindepth 1 -type d | head -n 1)
[ "$type" = app-image ] && exit 0

associations="--file-associations src/packaging/associations/civicthemes.properties"
if [ "$os" != windows ]; then
  # "Open with" for exports; not on Windows, where an installer association would take .xlsx away from Excel.
  associations="$associations --file-associations src/packaging/associations/xlsx.properties"
  associations="$associations --file-associations src/packaging/associations/csv.properties"
fi
set -- --type "$type" --name CivicThemes --app-version "$number" --vendor "CivicThemes" \
  --description "Groups 311 service requests into themes, on your own computer." \
  --copyright "GPL-3.0-or-later" --license-file LICENSE --app-image "$image" \
  --dest "$out" $associations
case $os in
  linux) set -- "$@" --linux-package-name civicthemes --linux-shortcut --linux-menu-group Office \
           --linux-app-category misc --linux-package-deps libgtk-3-0 \
           --resource-dir src/packaging/linux/deb ;;
  windows) set -- "$@" --win-menu --win-shortcut --win-dir-chooser --win-per-user-install \
             --win-upgrade-uuid 6f1f0c52-4a53-4f5c-9a55-1d2c2f6b3c16 ;;
  macos) set -- "$@" --mac-package-name CivicThemes ;;
esac
"$jpackage" "$@"
ls -l "$out"
