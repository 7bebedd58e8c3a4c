#!/usr/bin/env bash
# Makes the installable app from the jar Maven has just built; run by `mvn -Pdist package` (the dist
# profile in pom.xml passes everything below in the environment). Writes target/dist/storyslides,
# a self-contained app image (its own trimmed Java runtime, JavaFX linked into it), and, when
# JPACKAGE_TYPES names deb, target/dist/storyslides_<version>-1_<arch>.deb made from that image.
set -euo pipefail
: "${JPACKAGE:?}" "${POM_VERSION:?}" "${MAIN_JAR:?}" "${MAIN_CLASS:?}" "${JAVAFX_VERSION:?}" "${JAVA_OPTIONS:?}"
: "${JPACKAGE_TYPES:?}" "${DESCRIPTION:?}" "${VENDOR:?}" "${MAINTAINER:?}"
cd "$(dirname "$0")/../.."

for type in $JPACKAGE_TYPES; do
  case "$type" in
    app-image|deb) ;;
    *) echo "dist.sh: jpackage.types may name app-image and deb, not '$type'" >&2; exit 2 ;;
  esac
done

name=storyslides
packaging=src/packaging
work=target/dist-work
dist=target/dist
# jpackage takes numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0 (--version still prints the pom's version)
version=${POM_VERSION%%-*}

rm -rf "$work" "$dist"
mkdir -p "$work/app/lib" "$work/app/icons" "$work/javafx" "$dist"

# The app (no module-info) and its plain libraries run from the class path. JavaFX goes on the module
# path and is linked into the runtime as named modules, which is also what keeps JavaFX from warning
# "Unsupported JavaFX configuration". Only the jars with a platform classifier hold JavaFX: the plain
# javafx-*-$JAVAFX_VERSION.jar files are empty placeholders.
cp "target/$MAIN_JAR" "$work/app/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-"$JAVAFX_VERSION".jar) ;;
    javafx-*) cp "$jar" "$work/javafx/" ;;
    *) cp "$jar" "$work/app/lib/" ;;
  esac
done
# every size, for the .deb's postinst to put into the icon theme
cp "$packaging"/icons/storyslides-*.png "$work/app/icons/"

java_options=()
for option in $JAVA_OPTIONS; do
  java_options+=(--java-options "$option")
done
# The class-data archive made below for this image (classes loaded and parsed once, at packaging, not at
# each start). A JVM that cannot use it (missing, or made for other jars or another path) runs on
# without it and says nothing (-Xshare:auto, the default).
archive_option="-XX:SharedArchiveFile=\$APPDIR/$name.jsa"
java_options+=(--java-options "$archive_option")

# Modules: javafx.controls brings javafx.graphics and javafx.base and what they require (java.desktop,
# java.xml, jdk.unsupported); jdeps finds nothing else in the app, Gson, picocli or the parts of
# ControlsFX it uses (GridView). jdk.zipfs it cannot see: the bundled content is read through the zip
# file system (a service), and without it --check fails with ProviderNotFoundException. java.logging:
# the app's System.Logger records go through java.util.logging (AppLogging configures it). PDFBox (the
# handout, --export-pdf) needs java.desktop (ImageIO, AWT fonts' types) and java.logging (commons-logging
# falls back on it): jdeps --print-module-deps on pdfbox, fontbox, pdfbox-io and commons-logging says
# java.base,java.desktop,java.logging, all in the list already.
"$JPACKAGE" --type app-image --dest "$dist" --name "$name" \
  --input "$work/app" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --module-path "$work/javafx" --add-modules javafx.controls,java.logging,jdk.zipfs \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" \
  "${java_options[@]}" \
  --app-version "$version" --description "$DESCRIPTION" --vendor "$VENDOR" \
  --icon "$packaging/icons/storyslides-512.png"
echo "app image: $dist/$name ($(du -sh "$dist/$name" | cut -f1))"

# --- the class-data archive (AppCDS): see class-data.sh. The class list is made now; the archive after
# the .deb, which carries the list and dumps its own archive where it is installed (an archive holds
# its jars' paths, so one made here is of no use in /opt).
launcher="$dist/$name/bin/$name"
class_list="$dist/$name/lib/app/$name.classlist"
XDG_CONFIG_HOME="$work/training-config" bash "$packaging/class-data.sh" train "$launcher" "$class_list" "$work/training.log" \
  "first picture on screen" --verbose || true

if [[ " $JPACKAGE_TYPES " == *" deb "* ]]; then
  # Depends is worked out from the runtime's native libraries, but JavaFX's own (glass needs GTK 3)
  # are unpacked at run time, so GTK is named here. The resource dir holds the menu entry and the
  # scripts that add the icon to the theme at every size.
  "$JPACKAGE" --type deb --dest "$dist" --app-image "$dist/$name" --name "$name" \
    --app-version "$version" --description "$DESCRIPTION" --vendor "$VENDOR" \
    --icon "$packaging/icons/storyslides-512.png" --resource-dir "$packaging/deb" \
    --linux-shortcut --linux-menu-group "Graphics;Viewer;" --linux-app-category graphics \
    --linux-package-deps libgtk-3-0 --linux-deb-maintainer "$MAINTAINER"
  for deb in "$dist"/*.deb; do
    echo "deb: $deb ($(du -h "$deb" | cut -f1))"
  done
fi
if [[ -f "$class_list" ]]; then
  bash "$packaging/class-data.sh" dump "$launcher" "$class_list" "$work/dump.log"
fi
