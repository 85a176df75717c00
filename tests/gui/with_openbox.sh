#!/bin/sh
# Runs a command on a virtual 1024x768 screen managed by the openbox window manager, as on the
# workshop room's PCs: windows get a title bar and borders, and are placed and maximised by a
# window manager, which Xvfb alone does not do.
# Usage: with_openbox.sh COMMAND [ARGS...]
set -eu
exec xvfb-run -a -s "-screen 0 1024x768x24" sh -c '
  ready=$(mktemp -u)
  openbox --sm-disable --startup "touch $ready" >/dev/null 2>&1 &
  wm=$!
  waited=0
  while [ ! -e "$ready" ]; do
    sleep 0.1
    waited=$((waited + 1))
    [ "$waited" -lt 100 ] || { echo "openbox did not start" >&2; kill "$wm" 2>/dev/null; exit 1; }
  done
  rm -f "$ready"
  status=0
  "$@" || status=$?
  kill "$wm" 2>/dev/null || true
  exit "$status"
' with_openbox "$@"
