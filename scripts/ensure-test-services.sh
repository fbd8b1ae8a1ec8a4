#!/usr/bin/env bash
# Make sure the real services the tests use can start: PostgreSQL binaries and Debian's chromium for the browser
# tests (each installed with apt when missing and we are root), the Google Cloud SDK emulators and Java (cannot be
# installed here: say so clearly).
set -u
missing=0
# apt_install PACKAGE WHAT: install a Debian package as root, else say how (one line naming what needs it).
apt_install() {
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing $1 for $2 (apt-get install -y $1)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null) \
      || { echo "could not install $1"; missing=1; }
  else
    echo "$1 is missing: run 'sudo apt-get install -y $1' ($2 need it)"; missing=1
  fi
}
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_install postgresql "the report store tests"
[ -x /usr/bin/chromium ] || apt_install chromium "the browser tests"
for path in /usr/lib/google-cloud-sdk/platform/pubsub-emulator/bin/cloud-pubsub-emulator \
            /usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar; do
  [ -e "$path" ] || { echo "missing $path (Google Cloud SDK emulators; see ../shared/LOCAL_SERVICES.md)"; missing=1; }
done
command -v java >/dev/null 2>&1 || { echo "java is missing (the emulators need Java 17)"; missing=1; }
if [ "$missing" = "1" ]; then
  if [ "${CI:-}" = "true" ]; then echo "CI requires every test service"; exit 1; fi
  echo "tests that need the missing services will be skipped"
fi
exit 0
