#!/usr/bin/env bash
# Alias and list bounces (test/fixtures/bounces/*-alias-*.eml): a local alias to an unknown user
# (committee@) and a list of an accepted, an unknown and a full member (board@), each expanded by
# the sending server itself (an Exim redirect router, Postfix's alias_maps, Sendmail's aliases),
# whose members the lab's receiver answers by local part (answers.ts). One server a run, as
# installed by lab.sh (exim4-daemon-light, postfix, sendmail-bin with sendmail-cf); with lab.sh's
# name server and receiver running on the same LAB_WORK, and its resolv.conf there:
#   unshare -mu --fork bash scripts/lab/aliases.sh exim|postfix|sendmail
# The notices arrive in LAB_WORK/arrivals. Each server runs only for its messages and is stopped.
set -euo pipefail
server=$1
LAB_WORK=${LAB_WORK:-/tmp/bounce-lab}
hostname "$server.lab.test"
mount --bind "$LAB_WORK/resolv.conf" /etc/resolv.conf
if [ -e /etc/mailname ]; then echo "$server.lab.test" >"$LAB_WORK/mailname-$server"; mount --bind "$LAB_WORK/mailname-$server" /etc/mailname; fi
cat >"$LAB_WORK/aliases-$server" <<ALIASES
committee: unknown@lab.test
board: ok@lab.test, gmail-nouser@gmail.lab.test, full@lab.test
ALIASES
msg() {
  printf 'From: Sender <sender@inbox.lab.test>\nTo: %s@%s.lab.test\nSubject: alias test %s\nMessage-ID: <%s-%s@inbox.lab.test>\nDate: %s\n\nHello.\n' "$1" "$server" "$1" "$1" "$server" "$(date -R)"
}
case $server in
exim)
  rm -rf /var/spool/exim4/input/* /var/spool/exim4/msglog/* /var/spool/exim4/db/*
  cat >/etc/exim4/exim4.conf <<CONF
primary_hostname = exim.lab.test
qualify_domain = lab.test
local_interfaces = 127.0.0.1
dns_retrans = 3s
dns_retry = 2
log_file_path = /var/log/exim4/lab-%slog
begin routers
aliases:
  driver = redirect
  domains = exim.lab.test
  data = \${lookup{\$local_part}lsearch{$LAB_WORK/aliases-exim}}
dnslookup:
  driver = dnslookup
  transport = remote_smtp
  ignore_target_hosts = 0.0.0.0
  self = send
  no_more
begin transports
remote_smtp:
  driver = smtp
  connect_timeout = 10s
  command_timeout = 10s
  hosts_avoid_tls = *
begin retry
*  *  F,3m,15s
CONF
  for a in committee board; do msg $a | /usr/sbin/exim4 -odi -f sender@inbox.lab.test "$a@exim.lab.test"; done
  sleep 5; /usr/sbin/exim4 -qff || true; sleep 5
  /usr/sbin/exim4 -bV | head -1
  rm -f /etc/exim4/exim4.conf
  ;;
postfix)
  postsuper -d ALL >/dev/null 2>&1 || true
  postconf -e myhostname=postfix.lab.test mydomain=lab.test mydestination=postfix.lab.test \
    inet_interfaces=loopback-only inet_protocols=ipv4 default_transport=smtp relay_transport=smtp \
    relayhost= alias_maps=hash:$LAB_WORK/aliases-postfix alias_database=hash:$LAB_WORK/aliases-postfix \
    smtp_dns_support_level=enabled smtp_tls_security_level=none smtp_connect_timeout=10s \
    maillog_file=/var/log/postfix-lab.log compatibility_level=3.6
  postconf -M# smtp/inet
  postconf -F '*/*/chroot = n'
  postalias "$LAB_WORK/aliases-postfix"
  postfix start
  sleep 2
  for a in committee board; do msg $a | /usr/sbin/sendmail -f sender@inbox.lab.test "$a@postfix.lab.test"; done
  for i in 1 2 3 4; do sleep 5; postqueue -f; done
  postconf -h mail_version
  postfix stop
  ;;
sendmail)
  CF=/etc/mail/lab-alias.cf
  rm -rf /var/spool/mqueue-lab && mkdir -p /var/spool/mqueue-lab && chmod 700 /var/spool/mqueue-lab
  m4 >"$CF" <<MC
divert(-1)
divert(0)dnl
include(\`/usr/share/sendmail/cf/m4/cf.m4')dnl
VERSIONID(\`bounce lab alias')dnl
OSTYPE(\`debian')dnl
define(\`confDOMAIN_NAME', \`sendmail.lab.test')dnl
define(\`confDONT_PROBE_INTERFACES', \`True')dnl
define(\`QUEUE_DIR', \`/var/spool/mqueue-lab')dnl
define(\`ALIAS_FILE', \`hash:/var/lib/bounce-lab-aliases/aliases')dnl
define(\`confTO_CONNECT', \`10s')dnl
define(\`confTO_ICONNECT', \`10s')dnl
define(\`confTO_INITIAL', \`10s')dnl
FEATURE(\`nocanonify')dnl
LOCAL_DOMAIN(\`sendmail.lab.test')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
MC
  # (Sendmail takes an alias file only in a folder root owns and nobody else may write)
  mkdir -p /var/lib/bounce-lab-aliases && chmod 755 /var/lib/bounce-lab-aliases && cp "$LAB_WORK/aliases-sendmail" /var/lib/bounce-lab-aliases/aliases
  /usr/sbin/sendmail -C"$CF" -bi
  for a in committee board; do msg $a | /usr/sbin/sendmail -C"$CF" -odi -f sender@inbox.lab.test "$a@sendmail.lab.test" || true; done
  sleep 3; /usr/sbin/sendmail -C"$CF" -q || true; sleep 3
  rm -rf "$CF" /var/lib/bounce-lab-aliases
  ;;
esac
