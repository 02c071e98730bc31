# Postfix (Debian's postfix): preseeded "Local only", then sent through DNS to the lab's hosts.
PACKAGE=postfix
# The recipients set's store: Debian's Dovecot LMTP server and its Sieve, behind Postfix.
if [ "${LAB_SET:-}" = recipients ]; then PACKAGE="postfix dovecot-lmtpd dovecot-sieve"; fi
SUBMIT="/usr/sbin/sendmail"
preseed() {
  debconf-set-selections <<<"postfix postfix/main_mailer_type select Local only"
  debconf-set-selections <<<"postfix postfix/mailname string postfix.lab.test"
}
configure() {
  # A run starts from an empty queue: nothing left from an earlier run.
  postsuper -d ALL >/dev/null 2>&1 || true
  postconf -e myhostname=postfix.lab.test mydomain=lab.test mydestination=localhost \
    inet_interfaces=loopback-only inet_protocols=ipv4 default_transport=smtp relay_transport=smtp \
    relayhost= alias_maps= alias_database= smtp_dns_support_level=enabled \
    smtp_tls_security_level=none smtp_connect_timeout=10s smtp_helo_timeout=10s \
    delay_warning_time="${LAB_WARN%%,*}" maximal_queue_lifetime="$LAB_EXPIRE" \
    bounce_queue_lifetime="$LAB_EXPIRE" queue_run_delay=10s minimal_backoff_time=10s \
    maximal_backoff_time=20s maillog_file=/var/log/postfix-lab.log compatibility_level=3.6
  # The smarthost set (LAB_SET=smarthost): everything relayed to the lab's receiver as smarthost.
  if [ "${LAB_SET:-}" = smarthost ]; then postconf -e relayhost=[127.0.0.10]; fi
  # No listener (the receiver owns port 25), no chroot (it would keep Debian's resolv.conf).
  postconf -M# smtp/inet
  postconf -F '*/*/chroot = n'
}
# The routing set (routes.ts): local aliases with a subaddress delimiter, a user's .forward, a
# virtual alias domain, recipient canonical rewriting; SMTPUTF8 is on by default.
ROUTES="aliases forward canonical virtual smtputf8"
route_tables() {
  postconf -e mydestination=postfix.lab.test alias_maps="hash:$1/aliases" \
    alias_database="hash:$1/aliases" recipient_delimiter=+ virtual_alias_domains=virtual.lab.test \
    virtual_alias_maps="hash:$1/virtual" recipient_canonical_maps="hash:$1/canonical" \
    smtputf8_enable=yes
  postalias "$1/aliases"
  postmap "$1/virtual" "$1/canonical"
  forward_file "$1" .forward
}
# The localized set (locales.ts): the failure, delay and success templates of bounce_template_file.
LOCALES="ja-utf8 ja-jis de fr"
locale_templates() { postconf -e bounce_template_file="$1/postfix.cf"; }
# The recipients set (recipients.ts): a Dovecot store for store.lab.test, delivered by LMTP
# (virtual_mailbox_domains), its users and Sieve scripts from DIR (users: passwd-file, full
# addresses), with a configuration of its own outside /etc/dovecot, quota and Sieve plugins, and
# the quota checked at RCPT as well as DATA (lmtp_rcpt_check_quota).
store_start() {
  local dir=$1 run="$LAB_WORK/postfix/dovecot"
  id labstore >/dev/null 2>&1 || useradd -r -M -d /nonexistent labstore
  mkdir -p "$run/mail" && chown -R labstore: "$run/mail" "$dir/sieve"
  cat >"$run/dovecot.conf" <<CONF
protocols = lmtp
base_dir = $run/base
log_path = $run/dovecot.log
ssl = no
first_valid_uid = 100
mail_location = maildir:$run/mail/%u
passdb {
  driver = passwd-file
  args = $dir/users
}
userdb {
  driver = passwd-file
  args = $dir/users
  default_fields = uid=labstore gid=labstore home=$run/mail/%u
}
service lmtp {
  unix_listener /var/spool/postfix/private/dovecot-lmtp {
    mode = 0666
    user = postfix
    group = postfix
  }
}
lmtp_rcpt_check_quota = yes
protocol lmtp {
  mail_plugins = quota sieve
  postmaster_address = postmaster@store.lab.test
}
plugin {
  quota = maildir:User quota
  sieve = file:$dir/sieve/%u.sieve
}
CONF
  postconf -e virtual_mailbox_domains=store.lab.test virtual_transport=lmtp:unix:private/dovecot-lmtp
  dovecot -c "$run/dovecot.conf"
}
store_stop() { doveadm -c "$LAB_WORK/postfix/dovecot/dovecot.conf" stop || true; }
start() { postfix start; }
flush() { postqueue -f; }
stop() { postfix stop; }
version() { echo "Postfix $(postconf -h mail_version)"; }
