#!/usr/bin/env bash
# Wrap the one-folder app into a .deb: /opt/courseware-studio, a `courseware` command, a desktop
# entry with its icon. Usage: standalone/make-deb.sh dist/courseware-studio
set -euo pipefail
app=$1
version=$("$app/courseware" --version | awk '{print $NF}')
arch=$(dpkg --print-architecture)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$app" "$root/opt/courseware-studio"
ln -s /opt/courseware-studio/courseware "$root/usr/bin/courseware"
cp standalone/courseware-studio.desktop "$root/usr/share/applications/"
cp standalone/courseware-studio.svg "$root/usr/share/icons/hicolor/scalable/apps/"
size=$(du -sk "$root/opt" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: courseware-studio
Version: $version
Architecture: $arch
Maintainer: Courseware Studio developers <courseware@localhost>
Installed-Size: $size
Depends: libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, libxcb-image0
Recommends: fonts-hanazono
Section: education
Priority: optional
Description: Offline course authoring, classroom delivery and printing
 Courseware Studio lets trainers build courses of lessons, case studies and
 quizzes offline, run quizzes on classroom PCs and print handouts and
 certificates. It ships with a Chinese bank customer-service course.
CONTROL
# gzip: every dpkg reads it (older UOS/Kylin releases lack zstd), and it is fast
dpkg-deb --root-owner-group -Zgzip --build "$root" "dist/courseware-studio_${version}_${arch}.deb" >/dev/null
echo "dist/courseware-studio_${version}_${arch}.deb"
