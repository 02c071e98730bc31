# Courier (Debian's courier-mta) with its own control files in /etc/courier: its host name, no local
# domain but itself, the lab's timers (warntime, queuetime, a retry every 15 s). Run with
# `courier start` (courierd and its delivery modules only: the package's esmtpd is not started, so
# it does not listen); retries forced every 15 s with `courier flush`.
PACKAGE=courier-mta
SUBMIT="/usr/sbin/sendmail"
preseed() {
  debconf-set-selections <<<"courier-base courier-base/webadmin-configmode boolean false"
}
configure() {
  # A run starts from an empty queue: nothing left from an earlier run.
  rm -rf /var/lib/courier/msgq/* /var/lib/courier/msgs/* /var/lib/courier/tmp/* /var/lib/courier/track/*
  local etc=/etc/courier
  echo courier.lab.test >"$etc/me"
  echo courier.lab.test >"$etc/defaultdomain"
  echo mailer-daemon@courier.lab.test >"$etc/dsnfrom"
  printf 'localhost\ncourier.lab.test\n' >"$etc/locals"
  echo "${LAB_WARN%%,*}" >"$etc/warntime"
  echo "$LAB_EXPIRE" >"$etc/queuetime"
  # Retries every 15 s, without the growing back-off, until the queue time runs out.
  echo 15s >"$etc/retryalpha"
  echo 100 >"$etc/retrybeta"
  echo 15s >"$etc/retrygamma"
  echo 0 >"$etc/retrymaxdelta"
  echo 10s >"$etc/esmtpdelay"
  echo 10s >"$etc/esmtptimeoutconnect"
  echo 10s >"$etc/esmtptimeouthelo"
  echo 30s >"$etc/esmtptimeout"
  makealiases
}
# The routing set (routes.ts): its own aliases (an aliases file of the lab's, folded in by
# makealiases). Its local users' forwards (.courier) need courier-authlib's daemon: left out.
ROUTES="aliases smtputf8"
route_tables() {
  cp "$1/aliases" /etc/courier/aliases/lab
  makealiases
}
start() { courier start; }
flush() { courier flush >/dev/null 2>&1 || true; }
stop() {
  courier stop || true
  rm -f /etc/courier/aliases/lab
}
version() { echo "Courier $(dpkg-query -W -f='${Version}' courier-mta | sed 's/-.*//')"; }
