#!/usr/bin/env bash
# Alias and list bounces (test/fixtures/bounces/*-alias-*.eml): a local alias to an unknown user
# (committee@) and a list of an accepted, an unknown and a full member (board@), each expanded by
# the sending server itself (an Exim redirect router, Postfix's alias_maps, Sendmail's aliases,
# OpenSMTPD's alias table, Courier's aliases folder), whose members the lab's receiver answers by
# local part (answers.ts). Courier sends a list's copies with a null sender, so only its alias's
# notice comes back. The server has the lab's own configuration (mta/<server>.sh) with the aliases
# added. One server a run, as lab.sh installs it, with lab.sh's name server and receiver running on
# the same LAB_WORK (its resolv.conf there):
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
# Sendmail takes an alias file only in a folder root owns and nobody else may write.
ALIASES=/var/lib/bounce-lab-aliases/aliases
mkdir -p "$(dirname "$ALIASES")" && chmod 755 "$(dirname "$ALIASES")"
cat >"$ALIASES" <<LIST
committee: unknown@lab.test
board: ok@lab.test, gmail-nouser@gmail.lab.test, full@lab.test
LIST
submit() {
  for alias in committee board; do
    printf 'From: Sender <sender@inbox.lab.test>\nTo: %s@%s.lab.test\nSubject: alias test %s\nMessage-ID: <%s-%s@inbox.lab.test>\nDate: %s\n\nHello.\n' \
      "$alias" "$server" "$alias" "$alias" "$server" "$(date -R)" |
      $SUBMIT -odi -f sender@inbox.lab.test "$alias@$server.lab.test" || true
  done
}
configure
trap 'stop; rm -rf "$(dirname "$ALIASES")" /etc/courier/aliases/lab' EXIT
case $server in
exim)
  # a redirect router for the server's own domain, before the lab's dnslookup router
  sed -i "s|^begin routers\$|begin routers\naliases:\n  driver = redirect\n  domains = exim.lab.test\n  data = \${lookup{\$local_part}lsearch{$ALIASES}}|" \
    /etc/exim4/exim4.conf
  submit
  ;;
postfix)
  postconf -e mydestination=postfix.lab.test alias_maps="hash:$ALIASES" \
    alias_database="hash:$ALIASES"
  postalias "$ALIASES"
  start
  sleep 2
  submit
  ;;
opensmtpd)
  # the aliases for its own domain, matched before the lab's relay rule
  sed -i "1i table aliases file:$ALIASES\naction \"alias\" mbox alias <aliases>" "$CONF"
  sed -i 's|^match from local for any|match from local for domain "opensmtpd.lab.test" action "alias"\n&|' "$CONF"
  smtpd -n -f "$CONF"
  mkdir -p "$LAB_WORK/opensmtpd"
  start
  sleep 2
  submit
  ;;
courier)
  # (an alias file of the lab's beside the system's, folded in by makealiases)
  cp "$ALIASES" /etc/courier/aliases/lab
  makealiases
  start
  sleep 2
  submit
  ;;
sendmail)
  sed -i "s|^O AliasFile=.*|O AliasFile=hash:$ALIASES|; s|^Cwlocalhost\$|Cwlocalhost\nCwsendmail.lab.test|" "$CF"
  /usr/sbin/sendmail -C"$CF" -bi
  submit
  ;;
esac
for _ in 1 2 3; do
  sleep 5
  flush
done
