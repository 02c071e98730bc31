#!/usr/bin/env bash
# The bounce lab (npm run lab): installs Debian's mail servers one after another (they replace
# one another as packages), sends the scenarios of scenarios.ts through each to a scripted
# receiver on loopback, waits for their bounces, delay warnings and expiry notices, and writes
# them with their truth to test/corpus/lab/ (collect.ts). Needs root on Debian 12; all mail and
# DNS traffic stays on 127.0.0.0/8. Stops everything it started when it ends.
# Settings: LAB_SERVERS (default "postfix exim opensmtpd sendmail courier dma haraka haraka-skeleton nullmailer"; a run of some of
# them keeps the others' notices), LAB_WARN / LAB_EXPIRE (the servers' delay-warning and
# queue-lifetime timers, default 1m / 3m), LAB_WAIT (seconds to wait for a server's notices after
# sending, default 260), LAB_WORK (scratch folder), LAB_RECEIVER=filters (the servers send the
# scenarios of filters.ts to a real filtering receiver, filters.sh, instead; their notices go to
# test/corpus/lab-filters). LAB_SET=routes sends the routing set (routes.ts: the servers' own
# aliases, forwards and rewriting, mixed and staged notices, written address forms) to the scripted
# receiver, with warnings at several stages (LAB_WARN 25s,50s,75s: the servers that send more than
# one warning send them all) and a 150 s lifetime; its notices go to test/corpus/lab-routes.
# LAB_SET=locales runs each server once per locale of its script (LOCALES: the admin's translated
# templates of locales.ts) with the scenarios there, a 20 s warning and a 100 s lifetime; its
# notices go to test/corpus/lab-locales, one folder per server and locale. LAB_SET=lists runs list
# managers behind Postfix (mta/mlmmj.sh, mta/mailman3.sh, mta/sympa.sh) with one list per policy of lists.ts and
# a post to each; their notices go to test/corpus/lab-lists (collect-lists.ts). LAB_SET=recipients
# sends the recipients set (recipients.ts: aliases, forwards and rewrites to dead remote addresses,
# display names, To/Cc/Bcc mixes, and behind Postfix a Dovecot LMTP store and its Sieve) through
# Postfix and Exim (LAB_SERVERS="sendmail opensmtpd" adds those two); its notices go to
# test/corpus/lab-recipients.
# LAB_SET=smarthost has each server relay everything to the scripted receiver as its smarthost
# (Postfix's relayhost, an Exim manualroute router, nullmailer's remotes, dma's SMARTHOST), which
# refuses some senders for every recipient (answers.ts, BY_SENDER), with a 20 s warning and a 2 min
# lifetime; its notices go to test/corpus/lab-smarthost.
# LAB_SET=replies sends one message per real receiver's reply of replies.ts (from the words rounds'
# held-out sets), answered by the scripted receiver at RCPT, DATA or MAIL FROM, with a 20 s warning
# and a 2 min lifetime; its notices go to test/corpus/lab-replies. LAB_SET=replies2 does the same
# with the second list of real replies (replies2.ts, words rounds 45-54): test/corpus/lab-replies2;
# LAB_SET=replies3 with the third (replies3.ts, words rounds 56-61, some recipients of one message
# each answered with its own reply): test/corpus/lab-replies3; LAB_SET=replies4 with the fourth
# (replies4.ts, words rounds 62-66 and round 32's Chinese replies): test/corpus/lab-replies4.
# When it ends, the machine's packages are put back as they were (restore_packages): those the lab
# installed are purged, those it replaced are installed again, with /etc/postfix as it was.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export LAB_WORK=${LAB_WORK:-/tmp/bounce-lab}
export LAB_RECEIVER=${LAB_RECEIVER:-} LAB_SET=${LAB_SET:-}
if [ "$LAB_SET" = routes ]; then
  export LAB_OUT=${LAB_OUT:-$ROOT/test/corpus/lab-routes} LAB_WARN=${LAB_WARN:-25s,50s,75s}
  export LAB_EXPIRE=${LAB_EXPIRE:-150s} LAB_WAIT=${LAB_WAIT:-200}
  export LAB_SERVERS=${LAB_SERVERS:-postfix exim opensmtpd sendmail courier chasquid}
fi
if [ "$LAB_SET" = locales ]; then
  export LAB_OUT=${LAB_OUT:-$ROOT/test/corpus/lab-locales} LAB_WARN=${LAB_WARN:-20s}
  export LAB_EXPIRE=${LAB_EXPIRE:-100s} LAB_WAIT=${LAB_WAIT:-130}
  export LAB_SERVERS=${LAB_SERVERS:-postfix exim sendmail}
fi
if [ "$LAB_SET" = recipients ]; then
  export LAB_OUT=${LAB_OUT:-$ROOT/test/corpus/lab-recipients} LAB_WARN=${LAB_WARN:-30m}
  export LAB_WAIT=${LAB_WAIT:-90} LAB_SERVERS=${LAB_SERVERS:-postfix exim}
fi
if [ "$LAB_SET" = smarthost ]; then
  export LAB_OUT=${LAB_OUT:-$ROOT/test/corpus/lab-smarthost} LAB_WARN=${LAB_WARN:-20s}
  export LAB_EXPIRE=${LAB_EXPIRE:-2m} LAB_WAIT=${LAB_WAIT:-180}
  export LAB_SERVERS=${LAB_SERVERS:-postfix exim nullmailer dma}
fi
if [[ "$LAB_SET" =~ ^replies[234]?$ ]]; then
  export LAB_OUT=${LAB_OUT:-$ROOT/test/corpus/lab-$LAB_SET} LAB_WARN=${LAB_WARN:-20s}
  export LAB_EXPIRE=${LAB_EXPIRE:-2m} LAB_WAIT=${LAB_WAIT:-180}
  export LAB_SERVERS=${LAB_SERVERS:-postfix exim sendmail opensmtpd courier}
fi
if [ "$LAB_SET" = lists ]; then
  export LAB_OUT=${LAB_OUT:-$ROOT/test/corpus/lab-lists} LAB_WAIT=${LAB_WAIT:-180} LAB_WARN=${LAB_WARN:-1h}
  export LAB_SERVERS=${LAB_SERVERS:-mlmmj mailman3 sympa}
fi
export LAB_WARN=${LAB_WARN:-1m} LAB_EXPIRE=${LAB_EXPIRE:-3m} LAB_WAIT=${LAB_WAIT:-260}
export LAB_SERVERS=${LAB_SERVERS:-postfix exim opensmtpd sendmail courier dma haraka haraka-skeleton nullmailer}
[ "$(id -u)" = 0 ] || { echo "npm run lab: needs root (it installs mail servers with apt)" >&2; exit 1; }
started=$(date +%s)

rm -rf "$LAB_WORK" && mkdir -p "$LAB_WORK"
export DEBIAN_FRONTEND=noninteractive
# Installed packages (ii), and those dpkg knows at all (installed, or removed with their
# configuration files left: rc).
installed() { dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" { print $2 }' | sort; }
known() { dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 ~ /^[ir]/ { print $2 }' | sort; }
installed >"$LAB_WORK/packages-before.txt"
known >"$LAB_WORK/known-before.txt"
[ -d /etc/postfix ] && tar -C /etc -cf "$LAB_WORK/etc-postfix.tar" postfix
# The packages the lab installed purged, those it replaced installed again (apt removes the MTA
# that replaced them), /etc/postfix (which each Postfix run configures) as it was before.
restore_packages() {
  installed >"$LAB_WORK/packages-after.txt"
  local gone added
  gone=$(comm -23 "$LAB_WORK/packages-before.txt" "$LAB_WORK/packages-after.txt" | tr '\n' ' ')
  # shellcheck disable=SC2086
  [ -z "$gone" ] || apt-get install -y -q $gone >"$LAB_WORK/apt-restore.log" 2>&1
  known >"$LAB_WORK/known-after.txt"
  added=$(comm -13 "$LAB_WORK/known-before.txt" "$LAB_WORK/known-after.txt" | tr '\n' ' ')
  # shellcheck disable=SC2086
  [ -z "$added" ] || apt-get purge -y -q $added >>"$LAB_WORK/apt-restore.log" 2>&1
  # the packages' own state Debian's purge leaves (Dovecot's generated certificate, its state)
  for dir in /etc/dovecot /var/lib/dovecot; do grep -qx dovecot-core "$LAB_WORK/known-before.txt" || rm -rf "$dir"; done
  if [ -f "$LAB_WORK/etc-postfix.tar" ]; then rm -rf /etc/postfix && tar -C /etc -xf "$LAB_WORK/etc-postfix.tar"; fi
}
apt-get install -y -q dnsmasq-base >/dev/null

# Packages' own start scripts must not start their daemons (they would listen on port 25).
policy=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  policy=/usr/sbin/policy-rc.d
fi
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  restore_packages || echo "npm run lab: packages not restored (see $LAB_WORK/apt-restore.log)" >&2
  [ -n "$policy" ] && rm -f "$policy"
  return 0
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# The servers under test read this resolv.conf (bind-mounted in their own mount namespace).
printf 'nameserver 127.0.0.1\noptions timeout:3 attempts:2\n' >"$LAB_WORK/resolv.conf"
dnsmasq -k -C scripts/lab/dnsmasq.conf --pid-file="$LAB_WORK/dnsmasq.pid" &
pids+=($!)
node --import tsx scripts/lab/receiver.ts &
pids+=($!)
if [ "${LAB_RECEIVER:-}" = filters ]; then
  export LAB_OUT=${LAB_OUT:-$ROOT/test/corpus/lab-filters}
  bash scripts/lab/filters.sh install >"$LAB_WORK/apt-receiver-filters.log" 2>&1
  # Its own mount namespace (/proc and /dev in its root); its shell's id stops it.
  unshare -m --fork bash scripts/lab/filters.sh serve >"$LAB_WORK/receiver-filters.log" 2>&1 &
  serve=$!
  until [ -s "$LAB_WORK/receiver-filters.txt" ]; do
    kill -0 "$serve" 2>/dev/null || { echo "npm run lab: the filtering receiver did not start (see $LAB_WORK/receiver-filters.log)" >&2; exit 1; }
    sleep 2
  done
  pids+=("$(cat "$LAB_WORK/receiver-filters.pid")")
fi
sleep 3

runs=""
for server in $LAB_SERVERS; do
  echo "== $server: installing"
  (
    # shellcheck source=/dev/null
    source "scripts/lab/mta/$server.sh"
    preseed
    # A server that is not a Debian package (Haraka, from npm) installs itself.
    if declare -F install_server >/dev/null; then
      install_server >"$LAB_WORK/apt-$server.log" 2>&1
    else
      # shellcheck disable=SC2086
      apt-get install -y -q $PACKAGE >"$LAB_WORK/apt-$server.log" 2>&1
    fi
  )
  locales=""
  # shellcheck source=/dev/null
  [ "$LAB_SET" = locales ] && locales=$(source "scripts/lab/mta/$server.sh" && echo "${LOCALES:-}")
  for locale in ${locales:-""}; do
    echo "== $server${locale:+ ($locale)}: sending and waiting ${LAB_WAIT}s for its notices"
    LAB_LOCALE=$locale unshare -mu --fork bash scripts/lab/session.sh "$server"
    runs="$runs $server${locale:+-$locale}"
  done
done
# The collector reads each run's folder (a server's, or a server's in one locale).
export LAB_SERVERS=${runs# }

if [ "$LAB_SET" = lists ]; then
  node --import tsx scripts/lab/collect-lists.ts
else
  node --import tsx scripts/lab/collect.ts
fi
echo "npm run lab: done in $(($(date +%s) - started)) s"
