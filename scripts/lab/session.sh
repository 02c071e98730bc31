#!/usr/bin/env bash
# One server's run, inside its own mount and UTS namespaces (lab.sh starts it with unshare):
# host name and /etc/mailname <server>.lab.test, /etc/resolv.conf pointing at the lab's dnsmasq, the server's own
# configuration; sends the scenarios, forces queue runs while waiting, stops the server.
set -euo pipefail
server=$1
# shellcheck source=/dev/null
source "scripts/lab/mta/$server.sh"
hostname "$server.lab.test"
mount --bind "$LAB_WORK/resolv.conf" /etc/resolv.conf
# A localized run (LAB_SET=locales) is one server in one locale: its own folder, server-locale.
run=$server${LAB_LOCALE:+-$LAB_LOCALE}
mkdir -p "$LAB_WORK/$server" "$LAB_WORK/$run"
# Debian's servers take their name from /etc/mailname, which the first package installed wrote.
if [ -e /etc/mailname ]; then
  echo "$server.lab.test" >"$LAB_WORK/$server/mailname"
  mount --bind "$LAB_WORK/$server/mailname" /etc/mailname
fi
# shellcheck source=scripts/lab/tables.sh
source scripts/lab/tables.sh
configure
# The routing and recipients sets (LAB_SET=routes, recipients): the server's own aliases, forward,
# virtual and canonical tables, each set's own (routes.ts, recipients.ts); the recipients set's
# Dovecot store too, where the server's script has one (store_start).
if [ "${LAB_SET:-}" = routes ] || [ "${LAB_SET:-}" = recipients ]; then
  node --import tsx "scripts/lab/$LAB_SET.ts" "$LAB_WORK/$server/tables"
  route_tables "$LAB_WORK/$server/tables"
fi
store=""
if [ "${LAB_SET:-}" = recipients ] && declare -F store_start >/dev/null; then store=1; fi
# The localized set: the locale's templates (locales.ts), installed by the server's locale_templates.
if [ -n "${LAB_LOCALE:-}" ]; then
  node --import tsx scripts/lab/locales.ts "$LAB_LOCALE" "$LAB_WORK/$run/templates"
  locale_templates "$LAB_WORK/$run/templates"
fi
echo "$(version)${LAB_LOCALE:+ ($LAB_LOCALE)}" >"$LAB_WORK/$run/server.txt"
stopping() {
  stop
  if [ -n "$store" ]; then store_stop; fi
}
trap stopping EXIT
trap 'exit 1' INT TERM
if [ -n "$store" ]; then store_start "$LAB_WORK/$server/tables/store"; fi
start
sleep 2
LAB_SUBMIT="$SUBMIT" LAB_ROUTES="${ROUTES:-}${store:+ store}" LAB_RELAY_ONLY="${RELAY_ONLY:-}" node --import tsx scripts/lab/send.ts "$run"
end=$((SECONDS + LAB_WAIT))
while [ "$SECONDS" -lt "$end" ]; do
  sleep 15
  flush
done
