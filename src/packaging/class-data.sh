#!/usr/bin/env bash
# The class-data archive (AppCDS) of a jpackage app image: its classes loaded and parsed once, when the
# app is packaged (or installed), instead of at every start. Used by dist.sh for the app and by the
# benchmark for its bare-window baseline, so both are made the same way.
#
#   class-data.sh train LAUNCHER CLASS_LIST LOG PATTERN [ARGS...]
#     starts the image's launcher under X (the DISPLAY given, else a private Xvfb) with ARGS and lists
#     the classes it loads until it prints a line holding PATTERN (or exits); no list if it never does
#   class-data.sh dump LAUNCHER CLASS_LIST LOG
#     archives the listed classes (needs no display) into the file the image's launcher names with
#     -XX:SharedArchiveFile, $APPDIR/NAME.jsa beside the class list, then checks that the launcher
#     maps it (-Xshare:on, which fails rather than run without it)
#
# A JVM that cannot use the archive (missing, or made for other jars or another path) runs on without
# it and says nothing (-Xshare:auto, the default). The options go through JAVA_TOOL_OPTIONS, which the
# JVM reads whatever launcher starts it, so the archive is made with the launcher's own class path.
set -euo pipefail
command=$1 launcher=$2 class_list=$3 log=$4
shift 4

case "$command" in
  train)
    pattern=$1
    shift
    xvfb="" display="${DISPLAY:-}"
    if [[ -z "$display" ]] && command -v Xvfb >/dev/null; then
      display_file=$(mktemp)
      Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$display_file" >/dev/null 2>&1 &
      xvfb=$!
      for _ in $(seq 100); do [[ -s "$display_file" ]] && break; sleep 0.1; done
      [[ -s "$display_file" ]] && display=":$(cat "$display_file")"
      rm -f "$display_file"
    fi
    if [[ -z "$display" ]]; then
      echo "class-data archive: none (its training run needs an X display or Xvfb: apt-get install xvfb)" >&2
      exit 1
    fi
    rm -f "$class_list"
    DISPLAY="$display" JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$class_list" "$launcher" "$@" >"$log" 2>&1 &
    training=$!
    for _ in $(seq 600); do # a minute at most
      grep -q "$pattern" "$log" && break
      kill -0 "$training" 2>/dev/null || break
      sleep 0.1
    done
    seen=$(grep -c "$pattern" "$log" || true)
    kill "$training" 2>/dev/null || true
    wait "$training" 2>/dev/null || true
    [[ -n "$xvfb" ]] && kill "$xvfb" 2>/dev/null
    if [[ "$seen" == 0 ]]; then
      echo "class-data archive: none (the training run never printed '$pattern'; its log: $log)" >&2
      rm -f "$class_list"
      exit 1
    fi
    ;;
  dump)
    archive="$(dirname "$class_list")/$(basename "$launcher").jsa"
    if JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$class_list" "$launcher" >"$log" 2>&1 \
        && JAVA_TOOL_OPTIONS="-Xshare:on -XX:+PrintSharedArchiveAndExit" "$launcher" >/dev/null 2>&1; then
      echo "class-data archive: $archive, $(grep -vc '^[#@]' "$class_list") classes ($(du -h "$archive" | cut -f1))"
    else
      echo "class-data archive: the dump failed (its log: $log)" >&2
      rm -f "$archive"
      exit 1
    fi
    ;;
  *)
    echo "class-data.sh: train or dump, not '$command'" >&2
    exit 2
    ;;
esac
