# Postfix (Debian's postfix): preseeded "Local only", then sent through DNS to the lab's hosts.
PACKAGE=postfix
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
start() { postfix start; }
flush() { postqueue -f; }
stop() { postfix stop; }
version() { echo "Postfix $(postconf -h mail_version)"; }
