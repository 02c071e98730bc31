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
  # A run starts from an empty queue: nothing left from an earlier run.
  rm -rf /var/spool/smtpd/queue/* /var/spool/smtpd/incoming/* /var/spool/smtpd/corrupt/* /var/spool/smtpd/temporary/*
  cat >"$CONF" <<CONF
queue ttl $LAB_EXPIRE
bounce warn-interval ${LAB_WARN//,/, }
action "out" relay helo opensmtpd.lab.test
match from local for any action "out"
CONF
  smtpd -n -f "$CONF"
}
# The routing set (routes.ts): its own aliases and local users (their .forward), and a virtual
# alias domain, matched before the relay rule.
ROUTES="aliases forward virtual smtputf8"
route_tables() {
  sed -i "1i table aliases file:$1/aliases\ntable vmap file:$1/virtual\naction \"local\" mbox alias <aliases>\naction \"vmap\" mbox virtual <vmap>" "$CONF"
  sed -i 's|^match from local for any|match from local for domain "opensmtpd.lab.test" action "local"\nmatch from local for domain "virtual.lab.test" action "vmap"\n&|' "$CONF"
  smtpd -n -f "$CONF"
  forward_file "$1" .forward
}
# In the foreground (-d, its log on stderr) so that its process id is known and it is stopped by it.
start() {
  smtpd -d -f "$CONF" >"$LAB_WORK/opensmtpd/smtpd.log" 2>&1 &
  echo $! >"$LAB_WORK/opensmtpd/smtpd.pid"
}
flush() { smtpctl schedule all >/dev/null 2>&1 || true; }
stop() { kill "$(cat "$LAB_WORK/opensmtpd/smtpd.pid")" 2>/dev/null || true; }
version() { echo "OpenSMTPD $(dpkg-query -W -f='${Version}' opensmtpd | sed 's/-.*//')"; }
