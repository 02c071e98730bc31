# Exim (Debian's exim4-daemon-light) with a configuration of our own in /etc/exim4/exim4.conf,
# which Debian's exim reads before its generated one. Queue runner only: it does not listen.
PACKAGE=exim4-daemon-light
SUBMIT="/usr/sbin/exim4"
PIDFILE=/run/exim4/lab.pid
preseed() { :; }
configure() {
  mkdir -p /run/exim4
  # A run starts from an empty queue and no retry history: nothing left from an earlier run.
  rm -rf /var/spool/exim4/input/* /var/spool/exim4/msglog/* /var/spool/exim4/db/*
  cat >/etc/exim4/exim4.conf <<CONF
primary_hostname = exim.lab.test
qualify_domain = lab.test
local_interfaces = 127.0.0.1
delay_warning = ${LAB_WARN//,/:}:1h
dns_retrans = 3s
dns_retry = 2
log_file_path = /var/log/exim4/lab-%slog
begin routers
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
*  *  F,${LAB_EXPIRE},15s
CONF
  # The smarthost set (LAB_SET=smarthost): a manualroute router to the lab's receiver as
  # smarthost, before the dnslookup router.
  if [ "${LAB_SET:-}" = smarthost ]; then
    sed -i 's|^begin routers$|begin routers\nsmarthost:\n  driver = manualroute\n  transport = remote_smtp\n  route_list = * 127.0.0.10\n  self = send\n  no_more|' /etc/exim4/exim4.conf
  fi
}
# The routing set (routes.ts): redirect routers for its own aliases (a +suffix allowed), a user's
# .forward and a virtual alias domain, before the dnslookup router; envelope recipient rewriting.
ROUTES="aliases forward canonical virtual smtputf8"
route_tables() {
  local routers
  routers="aliases:\n  driver = redirect\n  domains = exim.lab.test\n  local_part_suffix = +*\n  local_part_suffix_optional\n  data = \${lookup{\$local_part}lsearch{$1/aliases}}"
  routers="$routers\nvirtual:\n  driver = redirect\n  domains = virtual.lab.test\n  data = \${lookup{\$local_part@\$domain}lsearch{$1/virtual}}"
  routers="$routers\nuserforward:\n  driver = redirect\n  domains = exim.lab.test\n  check_local_user\n  file = \$home/.forward"
  sed -i "s|^begin routers\$|begin routers\n$routers|" /etc/exim4/exim4.conf
  { echo "begin rewrite"; awk '{ print $1, $2, "T" }' "$1/canonical"; } >>/etc/exim4/exim4.conf
  forward_file "$1" .forward
}
# The localized set (locales.ts): its bounce and delay-warning message files.
LOCALES="ja-utf8 ja-jis de fr"
locale_templates() {
  sed -i "s|^begin routers\$|bounce_message_file = $1/exim-bounce\nwarn_message_file = $1/exim-warn\nbegin routers|" /etc/exim4/exim4.conf
}
start() { /usr/sbin/exim4 -q15s -oP "$PIDFILE"; }
flush() { :; }
stop() {
  [ -f "$PIDFILE" ] && kill "$(cat "$PIDFILE")" || true
  rm -f /etc/exim4/exim4.conf
}
version() { /usr/sbin/exim4 -bV | sed -n 's/^Exim version \([^ ]*\).*/Exim \1/p'; }
