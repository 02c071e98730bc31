#!/usr/bin/env bash
# Alias and list bounces (test/fixtures/bounces/*-alias-*.eml): a local alias to an unknown user
# (committee@) and a list of an accepted, an unknown and a full member (board@), each expanded by
# the sending server itself (an Exim redirect router, Postfix's alias_maps, Sendmail's aliases,
# OpenSMTPD's alias table, Courier's aliases folder), whose members the lab's receiver answers by
# local part (answers.ts). Courier sends a list's copies with a null sender, so only its alias's
# notice comes back. The server has the lab's own configuration (mta/<server>.sh) with the aliases
# added by its route_tables. One server a run, as lab.sh installs it, with lab.sh's name server
# and receiver running on the same LAB_WORK (its resolv.conf there):
#   unshare -mu --fork bash scripts/lab/aliases.sh exim|postfix|sendmail|opensmtpd|courier
# The notices arrive in LAB_WORK/arrivals.
set -euo pipefail
server=$1
export LAB_WORK=${LAB_WORK:-/tmp/bounce-lab} LAB_WARN=${LAB_WARN:-1m} LAB_EXPIRE=${LAB_EXPIRE:-3m}
# shellcheck source=/dev/null
source "scripts/lab/mta/$server.sh"
hostname "$server.lab.test"
mount --bind "$LAB_WORK/resolv.conf" /etc/resolv.conf
if [ -e /etc/mailname ]; then
  echo "$server.lab.test" >"$LAB_WORK/$server-mailname"
  mount --bind "$LAB_WORK/$server-mailname" /etc/mailname
fi
# shellcheck source=scripts/lab/tables.sh
source scripts/lab/tables.sh
# The aliases go in as the routing set's tables do (route_tables in mta/<server>.sh), without its
# virtual, canonical and forward entries.
tables="$LAB_WORK/$server-alias-tables"
mkdir -p "$tables" "$LAB_WORK/$server" && chmod 755 "$tables"
cat >"$tables/aliases" <<LIST
committee: unknown@lab.test
board: ok@lab.test, gmail-nouser@gmail.lab.test, full@lab.test
LIST
: >"$tables/virtual"
: >"$tables/canonical"
submit() {
  for alias in committee board; do
    printf 'From: Sender <sender@inbox.lab.test>\nTo: %s@%s.lab.test\nSubject: alias test %s\nMessage-ID: <%s-%s@inbox.lab.test>\nDate: %s\n\nHello.\n' \
      "$alias" "$server" "$alias" "$alias" "$server" "$(date -R)" |
      $SUBMIT -odi -f sender@inbox.lab.test "$alias@$server.lab.test" || true
  done
}
configure
trap stop EXIT
route_tables "$tables"
start
sleep 2
submit
for _ in 1 2 3; do
  sleep 5
  flush
done
