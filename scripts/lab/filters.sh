#!/usr/bin/env bash
# The filtering receiver (LAB_RECEIVER=filters): a real receiving server for hosted.lab.test on
# 127.0.0.11, as a self-hosted domain runs it. Postfix 3.7 with its restrictions
# (reject_unauth_destination, reject_rbl_client against the lab's bl.lab.test,
# reject_unknown_reverse_client_hostname, message_size_limit, virtual_mailbox_maps), postgrey and
# postfix-policyd-spf-python as policy services, the OpenDMARC and rspamd milters, and Dovecot
# (LMTP for delivery, its quota-status policy service refusing a full mailbox at RCPT). filters.ts
# says which recipient, sender or body trips which of them.
#
# It lives in a Debian 12 root of its own (debootstrap, LAB_MX_ROOT, default /srv/lab-mx), since
# the lab installs the sending servers one after another with apt and they replace one another
# (exim4 removes postfix). Its daemons run chrooted there, on loopback, in the host's network.
# usage: filters.sh install     (creates the root once; later runs reuse it)
#        filters.sh serve       (lab.sh runs it in its own mount namespace; stops all on TERM)
set -euo pipefail
R=${LAB_MX_ROOT:-/srv/lab-mx}
IP=127.0.0.11
PACKAGES="postfix postgrey postfix-policyd-spf-python opendmarc rspamd dovecot-core dovecot-lmtpd dovecot-sieve"
LAB=$(cd "$(dirname "$0")" && pwd)
in_root() { chroot "$R" "$@"; }

install_root() {
  if [ ! -x "$R/usr/sbin/postfix" ]; then
    apt-get install -y -q debootstrap
    debootstrap --variant=minbase bookworm "$R" http://deb.debian.org/debian
    # The packages' own start scripts must not start their daemons in the root.
    printf '#!/bin/sh\nexit 101\n' >"$R/usr/sbin/policy-rc.d" && chmod +x "$R/usr/sbin/policy-rc.d"
    echo "postfix postfix/main_mailer_type select Internet Site" | in_root debconf-set-selections
    echo "postfix postfix/mailname string mx.hosted.lab.test" | in_root debconf-set-selections
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive in_root apt-get install -y -q $PACKAGES
  fi
}

# The users of hosted.lab.test (filters.ts MAILBOXES): a Dovecot passwd-file (also Postfix's
# virtual_mailbox_maps), FULL_MAILBOXES with their quota used up, SIEVE_MAILBOXES refusing by script.
configure() {
  local size_limit users full sieve
  { read -r size_limit; read -r users; read -r full; read -r sieve; } < <(cd "$LAB/../.." &&
    node --import tsx -e 'const f = require("./scripts/lab/filters.ts");
      for (const v of [[f.SIZE_LIMIT], f.MAILBOXES, f.FULL_MAILBOXES, f.SIEVE_MAILBOXES]) console.log(v.join(" "))')
  printf 'nameserver 127.0.0.1\noptions timeout:3 attempts:2\n' >"$R/etc/resolv.conf"
  echo mx.hosted.lab.test >"$R/etc/mailname"
  # Clients are looked up in the lab's DNS only (which has no PTR for the senders' 127.0.0.1).
  echo "$IP mx.hosted.lab.test" >"$R/etc/hosts"
  in_root getent passwd vmail >/dev/null || in_root useradd -u 5000 -U -d /var/vmail -M vmail
  rm -rf "$R/var/vmail" && mkdir -p "$R/var/vmail" "$R/etc/postfix/lab"
  : >"$R/etc/dovecot/users" && : >"$R/etc/postfix/lab/mailboxes"
  for u in $users; do
    local extra=""
    [[ " $full " == *" $u "* ]] && extra="userdb_quota_rule=*:storage=1K"
    echo "$u@hosted.lab.test:{PLAIN}lab:5000:5000::/var/vmail/$u::$extra" >>"$R/etc/dovecot/users"
    echo "$u@hosted.lab.test OK" >>"$R/etc/postfix/lab/mailboxes"
  done
  # The full mailboxes hold one message larger than their quota; the Sieve users' script refuses
  # every message.
  for u in $full; do
    mkdir -p "$R/var/vmail/$u/Maildir/"{cur,new,tmp}
    printf 'Subject: filler\n\n%s\n' "$(head -c 3000 /dev/zero | tr '\0' x)" \
      >"$R/var/vmail/$u/Maildir/cur/1.filler:2,S"
  done
  for u in $sieve; do
    mkdir -p "$R/var/vmail/$u/sieve"
    printf 'require "reject";\nreject "I do not accept mail from this sender.";\n' \
      >"$R/var/vmail/$u/sieve/lab.sieve"
    ln -s sieve/lab.sieve "$R/var/vmail/$u/.dovecot.sieve"
  done
  chown -R 5000:5000 "$R/var/vmail"
  # postgrey starts with no triplets seen.
  rm -rf "$R/var/lib/postgrey/"*

  # Postfix: the refusals of restriction classes go to the recipients that ask for them.
  # over@ is let through before the quota-status policy, as on servers that have none: Dovecot
  # LMTP refuses it at delivery, and the receiving Postfix bounces.
  printf '%s\n' "rbl@hosted.lab.test rbl_check" "ptr@hosted.lab.test ptr_check" \
    "grey@hosted.lab.test greylist" "over@hosted.lab.test OK" >"$R/etc/postfix/lab/classes"
  in_root postsuper -d ALL >/dev/null 2>&1 || true
  in_root postconf -e myhostname=mx.hosted.lab.test mydomain=hosted.lab.test mydestination= \
    inet_interfaces=all inet_protocols=ipv4 mynetworks="$IP/32" alias_maps= alias_database= \
    virtual_mailbox_domains=hosted.lab.test \
    virtual_mailbox_maps=texthash:/etc/postfix/lab/mailboxes \
    virtual_transport=lmtp:unix:private/dovecot-lmtp \
    message_size_limit="$size_limit" \
    smtpd_relay_restrictions="permit_mynetworks, reject_unauth_destination" \
    smtpd_restriction_classes="rbl_check, ptr_check, greylist" \
    rbl_check="reject_rbl_client bl.lab.test" \
    ptr_check="reject_unknown_reverse_client_hostname" \
    greylist="check_policy_service inet:$IP:10023" \
    smtpd_recipient_restrictions="reject_unlisted_recipient, check_policy_service unix:private/policyd-spf, check_recipient_access texthash:/etc/postfix/lab/classes, check_policy_service inet:$IP:12340" \
    policyd-spf_time_limit=3600 \
    smtpd_milters="inet:$IP:8893, inet:$IP:11332" milter_default_action=accept \
    smtpd_tls_security_level=none smtp_tls_security_level=none \
    maillog_file=/var/log/postfix.log compatibility_level=3.6
  in_root postconf -M policyd-spf/unix="policyd-spf unix - n n - 0 spawn user=policyd-spf argv=/usr/bin/policyd-spf"
  # Its SMTP listener on the receiver's address alone (inet_interfaces must name addresses an
  # interface has, and lo has 127.0.0.1 only).
  in_root postconf -M# smtp/inet
  in_root postconf -M "$IP:smtp/inet=$IP:smtp inet n - n - - smtpd"
  # No chroot inside the root: Postfix's own chroot would keep no resolv.conf.
  in_root postconf -F '*/*/chroot = n'

  # policyd-spf: rejecting on Fail (its TestOnly = 1 means "act", 0 would only log), checking
  # loopback clients too (Debian skips them; they are the lab's senders).
  cat >"$R/etc/postfix-policyd-spf-python/policyd-spf.conf" <<'CONF'
debugLevel = 1
TestOnly = 1
HELO_reject = Fail
Mail_From_reject = Fail
PermError_reject = False
TempError_Defer = False
skip_addresses = 192.0.2.0/32
CONF

  # OpenDMARC: rejects on p=reject, takes SPF from policyd-spf's Received-SPF (its own SPF check
  # passes any loopback client), and ignores no client (loopback is the lab's).
  echo 192.0.2.1 >"$R/etc/opendmarc.ignore"
  cat >"$R/etc/opendmarc.conf" <<CONF
AuthservID mx.hosted.lab.test
TrustedAuthservIDs mx.hosted.lab.test
RejectFailures true
SPFSelfValidate false
SPFIgnoreResults false
IgnoreHosts /etc/opendmarc.ignore
Socket inet:8893@$IP
UserID opendmarc
PidFile /run/opendmarc/opendmarc.pid
Syslog false
CONF
  mkdir -p "$R/run/opendmarc" && in_root chown opendmarc /run/opendmarc

  # rspamd: its milter (the proxy worker) and workers on the receiver's address only.
  printf 'bind_socket = "%s:11332";\nmilter = yes;\nupstream "local" {\n  default = yes;\n  hosts = "%s:11333";\n}\n' \
    "$IP" "$IP" >"$R/etc/rspamd/local.d/worker-proxy.inc"
  printf 'bind_socket = "%s:11333";\n' "$IP" >"$R/etc/rspamd/local.d/worker-normal.inc"
  printf 'bind_socket = "%s:11334";\n' "$IP" >"$R/etc/rspamd/local.d/worker-controller.inc"
  printf 'bind_socket = "%s:11335";\nallow_update = ["%s"];\n' "$IP" "$IP" >"$R/etc/rspamd/local.d/worker-fuzzy.inc"
  mkdir -p "$R/run/rspamd" && in_root chown _rspamd /run/rspamd

  # Dovecot: LMTP for Postfix, the quota plugin, quota-status for Postfix, Sieve.
  cat >"$R/etc/dovecot/local.conf" <<CONF
protocols = lmtp
listen = $IP
hostname = mx.hosted.lab.test
log_path = /var/log/dovecot.log
ssl = no
mail_location = maildir:~/Maildir
mail_uid = 5000
mail_gid = 5000
first_valid_uid = 5000
auth_mechanisms = plain
passdb {
  driver = passwd-file
  args = username_format=%u /etc/dovecot/users
}
userdb {
  driver = passwd-file
  args = username_format=%u /etc/dovecot/users
}
mail_plugins = quota
protocol lmtp {
  mail_plugins = \$mail_plugins sieve
  postmaster_address = postmaster@hosted.lab.test
}
plugin {
  quota = count:User quota
  quota_vsizes = yes
  quota_rule = *:storage=1G
  quota_status_success = DUNNO
  quota_status_nouser = DUNNO
  quota_status_overquota = "552 5.2.2 Mailbox is full"
  sieve = file:~/sieve;active=~/.dovecot.sieve
}
service lmtp {
  unix_listener /var/spool/postfix/private/dovecot-lmtp {
    mode = 0600
    user = postfix
    group = postfix
  }
}
service quota-status {
  executable = quota-status -p postfix
  inet_listener {
    address = $IP
    port = 12340
  }
  client_limit = 1
}
service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
  inet_listener pop3s {
    port = 0
  }
}
service submission-login {
  inet_listener submission {
    port = 0
  }
}
CONF
  in_root sed -i 's/^!include auth-system.conf.ext/#!include auth-system.conf.ext/' /etc/dovecot/conf.d/10-auth.conf
}

start() {
  mount -t proc proc "$R/proc"
  mount --bind /dev "$R/dev"
  in_root postgrey --inet="$IP:10023" --delay=3600 --pidfile=/run/postgrey.pid --daemonize
  in_root opendmarc -c /etc/opendmarc.conf
  in_root rspamd -u _rspamd -g _rspamd
  in_root dovecot
  in_root postfix start
}

stop() {
  in_root postfix stop || true
  in_root doveadm stop || true
  for pidfile in /run/postgrey.pid /run/opendmarc/opendmarc.pid /run/rspamd/rspamd.pid; do
    [ -f "$R$pidfile" ] && kill "$(cat "$R$pidfile")" 2>/dev/null || true
  done
  sleep 2
  umount "$R/dev" "$R/proc" 2>/dev/null || true
}

version() {
  echo "Postfix $(in_root postconf -h mail_version), postgrey, policyd-spf, OpenDMARC, rspamd $(in_root rspamd --version | sed -n 's/.*Rspamd daemon version \([^ ]*\).*/\1/p'), Dovecot $(in_root dovecot --version | cut -d' ' -f1)"
}

case ${1:-} in
  install) install_root ;;
  serve)
    echo $$ >"${LAB_WORK:-/tmp}/receiver-filters.pid"
    configure
    trap stop EXIT
    trap 'exit 0' TERM INT
    start
    version >"${LAB_WORK:-/tmp}/receiver-filters.txt"
    while :; do sleep 1; done
    ;;
  *) echo "usage: filters.sh install|serve" >&2 && exit 2 ;;
esac
