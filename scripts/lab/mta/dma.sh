# The DragonFly Mail Agent (Debian's dma): no daemon; each submission forks a process that delivers
# to the recipient's MX and, after a temporary failure, sleeps and retries (every 5 minutes at
# first; `dma -q` wakes it). It sends no delay warnings, and gives up after a lifetime compiled in
# (5 days, checked against its queue file's modification time): once LAB_EXPIRE has passed, the
# lab sets that time back 6 days, so the next retry gives up with dma's own expiry notice.
PACKAGE=dma
SUBMIT="/usr/sbin/sendmail"
SPOOL=/var/spool/dma
preseed() {
  debconf-set-selections <<<"dma dma/mailname string dma.lab.test"
  debconf-set-selections <<<"dma dma/relayhost string"
}
configure() {
  stop
  # A run starts from an empty queue: nothing left from an earlier run.
  rm -rf "${SPOOL:?}"/*
  printf 'SPOOLDIR %s\nMAILNAME dma.lab.test\n' "$SPOOL" >/etc/dma/dma.conf
  # The smarthost set (LAB_SET=smarthost): every message to the lab's receiver as smarthost.
  if [ "${LAB_SET:-}" = smarthost ]; then echo 'SMARTHOST 127.0.0.10' >>/etc/dma/dma.conf; fi
}
start() { :; }
# Queue files older than LAB_EXPIRE are aged past dma's lifetime; then every sleeping delivery
# is woken.
flush() {
  local minutes=$((${LAB_EXPIRE%m}))
  find "$SPOOL" -maxdepth 1 -name 'Q*' -mmin +"$minutes" -newermt '-1 day' -exec touch -d '-6 days' {} +
  /usr/sbin/dma -q >/dev/null 2>&1 || true
}
# The deliveries are the processes holding the lab's queue files open: stopped by their ids.
stop() {
  local pids
  pids=$(fuser "$SPOOL"/* 2>/dev/null || true)
  [ -z "$pids" ] || kill $pids 2>/dev/null || true
}
version() { echo "dma $(dpkg-query -W -f='${Version}' dma | sed 's/-.*//')"; }
