# OpenSMTPD (Debian's opensmtpd) with its own smtpd.conf: relays everything through DNS, no
# listener but the local socket; its retries are forced every 15 s with `smtpctl schedule all`.
PACKAGE=opensmtpd
CONF=/etc/smtpd-lab.conf
SUBMIT="/usr/sbin/sendmail"
preseed() {
  debconf-set-selections <<<"opensmtpd opensmtpd/mailname string opensmtpd.lab.test"
  debconf-set-selections <<<"opensmtpd opensmtpd/root_address string"
}
configure() {
  cat >"$CONF" <<CONF
queue ttl $LAB_EXPIRE
bounce warn-interval $LAB_WARN
action "out" relay helo opensmtpd.lab.test
match from local for any action "out"
CONF
  smtpd -n -f "$CONF"
}
start() { smtpd -f "$CONF"; }
flush() { smtpctl schedule all >/dev/null 2>&1 || true; }
stop() { smtpctl stop >/dev/null 2>&1 || true; }
version() { echo "OpenSMTPD $(dpkg-query -W -f='${Version}' opensmtpd | sed 's/-.*//')"; }
