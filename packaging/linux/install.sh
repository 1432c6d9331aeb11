#!/usr/bin/env bash
# Installs the one-folder bundle (dist/warrantydesk from `make package`) with its menu entry and icons.
#   sudo packaging/linux/install.sh              for every user: /opt/warrantydesk, /usr/local/bin, /usr/share
#   packaging/linux/install.sh --user            for you only:  ~/.local/opt/warrantydesk, ~/.local/bin, ~/.local/share
#   add --uninstall to remove the program again; add --bundle DIR to install another bundle folder.
# The data (database, backups, logs, settings) lives in each user's own folders and is never touched here.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bundle="$here/../../dist/warrantydesk"
scope=system
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --user) scope=user ;;
        --uninstall) action=uninstall ;;
        --bundle) bundle=$2; shift ;;
        *) echo "install.sh: unknown option $1 (see the comments at the top of this file)" >&2; exit 2 ;;
    esac
    shift
done

if [ "$scope" = user ]; then
    prefix="$HOME/.local/opt/warrantydesk"; bin="$HOME/.local/bin"; share="${XDG_DATA_HOME:-$HOME/.local/share}"
else
    prefix=/opt/warrantydesk; bin=/usr/local/bin; share=/usr/share
fi
sizes=(16 24 32 48 64 128 256)

if [ "$action" = uninstall ]; then
    rm -rf "$prefix"
    rm -f "$bin/warrantydesk" "$share/applications/warrantydesk.desktop" \
          "$share/icons/hicolor/scalable/apps/warrantydesk.svg"
    for size in "${sizes[@]}"; do
        rm -f "$share/icons/hicolor/${size}x${size}/apps/warrantydesk.png"
    done
    echo "WarrantyDesk removed from $prefix (your data folders were left as they were)"
    exit 0
fi

if [ ! -x "$bundle/warrantydesk" ]; then
    echo "install.sh: no bundle at $bundle: build it with \`make package\` first" >&2
    exit 1
fi
icons="$bundle/_internal/resources/icons"

# A new copy beside the old one, swapped in at the end: a failed copy leaves the installed program working.
mkdir -p "$(dirname "$prefix")" "$bin" "$share/applications"
rm -rf "$prefix.new"
cp -a "$bundle" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
ln -sfn "$prefix/warrantydesk" "$bin/warrantydesk"
install -m 0644 "$here/warrantydesk.desktop" "$share/applications/warrantydesk.desktop"
install -D -m 0644 "$icons/warrantydesk.svg" "$share/icons/hicolor/scalable/apps/warrantydesk.svg"
for size in "${sizes[@]}"; do
    install -D -m 0644 "$icons/warrantydesk-$size.png" "$share/icons/hicolor/${size}x${size}/apps/warrantydesk.png"
done
# Menus pick the entry up at once where these caches exist; elsewhere at the next login.
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true

echo "WarrantyDesk installed in $prefix; start it from the menu or with: warrantydesk"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "note: $bin is not on your PATH; add it, or start $prefix/warrantydesk" ;;
esac
