#!/usr/bin/env bash
# Measures Ochiq the way a low-end laptop without a GPU would run it: under Xvfb at 1366x768
# with Mesa's software OpenGL (llvmpipe). Prints the release binary's size (and the .deb's),
# the release build time when it builds, cold and warm start times, idle CPU on the first
# screen and with a table open, and resident memory with the demo workspace.
#
#   scripts/measure-lowend.sh [--bin PATH] [--out DIR]
#
# --bin PATH   measure this binary instead of building the release one
# --out DIR    keep the screenshots there (default: a temporary directory, removed at the end)
# Environment: CARGO_TARGET_DIR (default target/), DISPLAY_NUM (default 95), IDLE_SECS
# (default 60), RUNS (default 5), TABLE_FILE (the demo file opened for the table, default
# aholi_soni_viloyatlar.csv).
#
# Needs: Xvfb, xdotool, ImageMagick (import), glxinfo (mesa-utils), Mesa's DRI drivers
# (libgl1-mesa-dri), python3 (the start watcher). Everything it starts is stopped on exit.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bin=""
out=""
while [ $# -gt 0 ]; do
  case $1 in
    --bin) bin=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: measure-lowend.sh [--bin PATH] [--out DIR]" >&2; exit 2 ;;
  esac
done
target_dir=${CARGO_TARGET_DIR:-$root/target}
display=:${DISPLAY_NUM:-95}
idle_secs=${IDLE_SECS:-60}
runs=${RUNS:-5}
table_file=${TABLE_FILE:-aholi_soni_viloyatlar.csv}

for tool in Xvfb xdotool import glxinfo python3 bc; do
  command -v "$tool" >/dev/null || {
    echo "missing $tool: apt-get install xvfb xdotool imagemagick mesa-utils libgl1-mesa-dri" >&2
    exit 2
  }
done

scratch=$(mktemp -d)
[ -n "$out" ] || out=$scratch/shots
mkdir -p "$out"
xvfb=""
app=""
watcher=""
cleanup() {
  [ -n "$watcher" ] && kill "$watcher" 2>/dev/null
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
  rm -rf "$scratch"
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export DISPLAY=$display
export LIBGL_ALWAYS_SOFTWARE=1
export GALLIUM_DRIVER=llvmpipe

# --- the binary and its build --------------------------------------------------------------
if [ -z "$bin" ]; then
  bin=$target_dir/release/ochiq
  fresh=no
  [ -d "$target_dir/release" ] || fresh=yes
  start=$(date +%s.%N)
  (cd "$root" && CARGO_TARGET_DIR=$target_dir cargo build --release --locked --quiet)
  end=$(date +%s.%N)
  printf 'release build: %.0f s (%s)\n' "$(echo "$end - $start" | bc)" \
    "$([ $fresh = yes ] && echo "cold: empty target dir" || echo "incremental: target dir existed")"
fi
[ -x "$bin" ] || { echo "no binary at $bin" >&2; exit 2; }
size=$(stat -c %s "$bin")
printf 'release binary: %s bytes (%s) %s\n' "$size" "$(numfmt --to=iec-i --suffix=B "$size")" "$bin"
# shellcheck disable=SC2012 # cargo-deb names its packages ochiq_<version>-<rev>_<arch>.deb
deb=$(ls -t "$target_dir"/debian/ochiq_*.deb 2>/dev/null | head -n 1 || true)
if [ -n "$deb" ]; then
  dsize=$(stat -c %s "$deb")
  printf '.deb: %s bytes (%s) %s\n' "$dsize" "$(numfmt --to=iec-i --suffix=B "$dsize")" "$deb"
else
  echo ".deb: none in $target_dir/debian (scripts/package-deb.sh builds it)"
fi

# --- the display and the GL renderer -------------------------------------------------------
# -noreset: without it Xvfb resets when the last client leaves, and the next start can find no server.
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
echo "load average at start (other work on this machine skews times): $(cut -d' ' -f1-3 /proc/loadavg)"
echo "display: $display 1366x768x24 (Xvfb), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
glxinfo -B 2>/dev/null | grep -E 'OpenGL (renderer|version) string' | sed 's/^ */GL: /'

# --- helpers -----------------------------------------------------------------------------------
now() { date +%s.%N; }
ticks() { # utime + stime of a process, in clock ticks
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}
status_kb() { # a field of /proc/PID/status, in kB
  awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
hz=$(getconf CLK_TCK)

# Watches the display for a window named Ochiq: prints "ready", then, once the window shows,
# the time it became viewable and the time its top bar first holds more than a few colours
# (painted). It polls every few milliseconds from one process, with libX11 through ctypes,
# because starting ImageMagick for each look takes longer than the app takes to start.
cat >"$scratch/watch.py" <<'PY'
import ctypes as c, sys, time
x = c.CDLL("libX11.so.6")
vp, ul, ui = c.c_void_p, c.c_ulong, c.c_uint
x.XOpenDisplay.restype = vp
x.XOpenDisplay.argtypes = [c.c_char_p]
x.XDefaultRootWindow.restype = ul
x.XDefaultRootWindow.argtypes = [vp]
x.XQueryTree.argtypes = [vp, ul, c.POINTER(ul), c.POINTER(ul), c.POINTER(c.POINTER(ul)), c.POINTER(ui)]
x.XFetchName.argtypes = [vp, ul, c.POINTER(c.c_char_p)]
x.XFree.argtypes = [vp]
x.XGetImage.restype = vp
x.XGetImage.argtypes = [vp, ul, c.c_int, c.c_int, ui, ui, ul, c.c_int]
x.XGetPixel.restype = ul
x.XGetPixel.argtypes = [vp, c.c_int, c.c_int]
x.XDestroyImage.argtypes = [vp]
handler = c.CFUNCTYPE(c.c_int, vp, vp)(lambda d, e: 0)
x.XSetErrorHandler(handler)
dpy = x.XOpenDisplay(None)
root = x.XDefaultRootWindow(dpy)
W, H = 600, 40

def windows_named(name):
    r, p, kids, n = ul(), ul(), c.POINTER(ul)(), ui()
    if not x.XQueryTree(dpy, root, c.byref(r), c.byref(p), c.byref(kids), c.byref(n)):
        return []
    found = []
    for i in range(n.value):
        title = c.c_char_p()
        if x.XFetchName(dpy, kids[i], c.byref(title)) and title.value:
            if title.value.decode(errors="replace").startswith(name):
                found.append(kids[i])
    return found

print("ready", flush=True)
mapped = None
deadline = time.time() + 60
while time.time() < deadline:
    for w in windows_named("Ochiq"):
        img = x.XGetImage(dpy, w, 0, 0, W, H, 0xFFFFFFFFFFFFFFFF, 2)
        if not img:
            continue
        mapped = mapped or time.time()
        seen = {x.XGetPixel(img, i * W // 120, j) for i in range(120) for j in range(0, H, 2)}
        x.XDestroyImage(img)
        if len(seen) > 8:
            print(f"{mapped:.3f} {time.time():.3f}", flush=True)
            sys.exit(0)
    time.sleep(0.005)
sys.exit(1)
PY

# Starts the app with OCHIQ_HOME=$1 (and arguments $2…) and waits until its window is mapped and painted;
# sets $app, and $mapped and $painted: the seconds from start to mapped and to painted.
launch() {
  local home=$1 t0 m p
  shift
  python3 "$scratch/watch.py" >"$scratch/watch.out" &
  watcher=$!
  until grep -q ready "$scratch/watch.out" 2>/dev/null; do sleep 0.01; done
  t0=$(now)
  OCHIQ_HOME=$home "$bin" "$@" >"$scratch/app.log" 2>&1 &
  app=$!
  while kill -0 "$watcher" 2>/dev/null; do
    kill -0 "$app" 2>/dev/null || { echo "the app exited:" >&2; cat "$scratch/app.log" >&2; exit 1; }
    sleep 0.05
  done
  if ! wait "$watcher"; then
    echo "no painted window after 60 s; the app said:" >&2
    cat "$scratch/app.log" >&2
    exit 1
  fi
  watcher=""
  read -r m p < <(tail -n 1 "$scratch/watch.out")
  mapped=$(echo "$m - $t0" | bc)
  painted=$(echo "$p - $t0" | bc)
}
stop() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
}
# CPU used by the app over $1 seconds, as % of one core.
cpu_over() {
  local a b
  a=$(ticks "$app")
  sleep "$1"
  b=$(ticks "$app")
  echo "scale=2; 100 * ($b - $a) / $hz / $1" | bc
}
mib() { echo "scale=1; $(status_kb "$app" "$1") / 1024" | bc; }
memory() {
  printf 'VmRSS %s MiB (anonymous %s, files %s), VmHWM %s MiB' \
    "$(mib VmRSS)" "$(mib RssAnon)" "$(mib RssFile)" "$(mib VmHWM)"
}

# --- start times ---------------------------------------------------------------------------
# Cold: a fresh OCHIQ_HOME each time, so the app also unpacks the demo workspace and shows
# the first-run screen over it.
# Warm: the same home again, the demo already there, the binary in the page cache, and
# preferences saved (as after the first-run screen), so the app opens straight on the demo.
warm_home=$scratch/home-warm
mkdir -p "$warm_home"
printf '{"language":"uz-Latn"}' >"$warm_home/preferences.json"
: >"$scratch/cold" && : >"$scratch/warm"
for i in $(seq "$runs"); do
  home=$scratch/home-cold-$i
  mkdir -p "$home"
  launch "$home"
  echo "$painted" >>"$scratch/cold"
  printf 'cold start %d: window mapped %.3f s, first painted %.3f s\n' "$i" "$mapped" "$painted"
  stop
  rm -rf "$home"
done
launch "$warm_home" && sleep 2 && stop # unpacks the demo once
for i in $(seq "$runs"); do
  launch "$warm_home"
  echo "$painted" >>"$scratch/warm"
  printf 'warm start %d: window mapped %.3f s, first painted %.3f s\n' "$i" "$mapped" "$painted"
  stop
done
printf 'cold start median (fresh home: demo unpacked, first-run screen): %.3f s\n' "$(median <"$scratch/cold")"
printf 'warm start median: %.3f s\n' "$(median <"$scratch/warm")"

# --- idle CPU and memory ---------------------------------------------------------------------
launch "$warm_home"
sleep 3
xdotool mousemove 1365 767
sleep 2
import -silent -window root "$out/first-screen.png"
echo "first screen: idle CPU over ${idle_secs} s: $(cpu_over "$idle_secs") % of one core; $(memory)"

stop
# The table: a demo data file opened from the command line (as the desktop's "open with"
# would), then a click on one of its cells. Opening it from the left panel would tie this
# script to where the panel lists it.
table=$(find "$warm_home" -name "$table_file" -print -quit)
[ -n "$table" ] || { echo "no $table_file in the demo workspace" >&2; exit 1; }
launch "$warm_home" open "$table"
sleep 3
xdotool mousemove 700 400 click 1 # a cell of the table
sleep 2
xdotool mousemove 1365 767
sleep 2
import -silent -window root "$out/table-open.png"
echo "table open: idle CPU over ${idle_secs} s: $(cpu_over "$idle_secs") % of one core; $(memory)"

# Move the pointer over the window for 10 s: the app repaints while the pointer moves ...
(
  for _ in $(seq 100); do
    xdotool mousemove $((200 + RANDOM % 900)) $((100 + RANDOM % 550))
    sleep 0.1
  done
) &
mover=$!
echo "while the pointer moves: CPU over 10 s: $(cpu_over 10) % of one core; $(memory)"
wait "$mover"
xdotool mousemove 1365 767
sleep 2
# ... and goes back to idle once it stops.
echo "after the pointer stops: idle CPU over ${idle_secs} s: $(cpu_over "$idle_secs") % of one core; $(memory)"

# Which OpenGL driver the app itself loaded (Mesa's software rasteriser under Xvfb).
driver=$(grep -oE '[^/ ]*(swrast|llvmpipe|gallium|kms_swrast)[^/ ]*\.so[.0-9]*' "/proc/$app/maps" | sort -u | tr '\n' ' ')
echo "GL driver loaded by the app: ${driver:-unknown}"
echo "threads: $(status_kb "$app" Threads)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
stop
echo "screenshots: $out/first-screen.png $out/table-open.png"
