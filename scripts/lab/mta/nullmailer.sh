# nullmailer (Debian's nullmailer 2.x): a relay-only server. It sends every message to the smart
# hosts in its remotes file, here the lab's receiver (127.0.0.10), with no DNS or MX look-up of its
# own, so the lab sends it only the scenarios answered there (RELAY_ONLY: send.ts). nullmailer-send
# retries every pausetime seconds (maxpause keeps it from doubling); a permanent refusal, or a
# temporary one once the message is older than queuelifetime, makes nullmailer-dsn write a bounce
# to the envelope sender, which goes out through the same smart host. It sends no delay warnings.
PACKAGE=nullmailer
SUBMIT="/usr/sbin/sendmail"
RELAY_ONLY=1
SPOOL=/var/spool/nullmailer
preseed() {
  debconf-set-selections <<<"nullmailer shared/mailname string nullmailer.lab.test"
  debconf-set-selections <<<"nullmailer nullmailer/relayhost string 127.0.0.10 smtp"
  debconf-set-selections <<<"nullmailer nullmailer/adminaddr string"
}
configure() {
  stop
  # A run starts from an empty queue: nothing left from an earlier run.
  rm -f "$SPOOL"/queue/* "$SPOOL"/failed/* "$SPOOL"/tmp/*
  local c=/etc/nullmailer
  echo nullmailer.lab.test >"$c/me"
  echo lab.test >"$c/defaultdomain"
  echo '127.0.0.10 smtp' >"$c/remotes"
  # Bounces go to the envelope sender (no bounceto, allmailfrom or adminaddr rewriting).
  rm -f "$c/adminaddr" "$c/allmailfrom" "$c/bounceto" "$c/doublebounceto"
  echo $((${LAB_EXPIRE%m} * 60)) >"$c/queuelifetime"
  echo 15 >"$c/pausetime"
  echo 15 >"$c/maxpause"
  echo 30 >"$c/sendtimeout"
}
# nullmailer-send runs as the mail user, as Debian's service does.
start() {
  setpriv --reuid=mail --regid=mail --init-groups /usr/sbin/nullmailer-send \
    >"$LAB_WORK/nullmailer/send.log" 2>&1 &
  echo $! >"$LAB_WORK/nullmailer/send.pid"
}
# Its own pausetime runs the queue.
flush() { :; }
stop() { [ -e "$LAB_WORK/nullmailer/send.pid" ] && kill "$(cat "$LAB_WORK/nullmailer/send.pid")" 2>/dev/null || true; }
version() { echo "nullmailer $(dpkg-query -W -f='${Version}' nullmailer | sed 's/^[0-9]*://; s/-.*//')"; }
